#pragma once

#include "catalog/catalog.h"
#include "search/searchhit.h"
#include "searchresult.h"

#include <QObject>

#include <memory>

namespace tagsmith {

class Similarity;

// Lives on a worker thread (its own catalog connection) and answers search and "find similar"
// requests with value lists over queued signals. Call through QMetaObject::invokeMethod with a
// queued connection. `request` lets the window drop answers to queries typed over since.
class SearchBackend : public QObject {
    Q_OBJECT
public:
    static constexpr int kLimit = 500;

    explicit SearchBackend(CatalogPtr catalog);
    ~SearchBackend() override;

    void search(int request, const QString &text);
    void findSimilar(int request, qint64 assetId);

    // The badge and sentence shown for a hit of `tier`.
    static QString tierBadge(SearchTier tier);
    static QString tierReason(SearchTier tier, double confidence);

Q_SIGNALS:
    void resultsReady(int request, const QList<tagsmith::SearchResult> &results);
    void failed(int request, const QString &message);

private:
    Result<AssetSummary> summaryOf(qint64 assetId) const;

    CatalogPtr m_catalog;
    // Kept alive between requests: the first refresh reads every cached embedding.
    std::unique_ptr<Similarity> m_similarity;
    QString m_similarityVariant;
};

} // namespace tagsmith
