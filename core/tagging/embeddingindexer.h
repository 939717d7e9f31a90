#pragma once

#include "catalog/catalog.h"
#include "embedderpool.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace tagsmith {

struct EmbeddingTarget {
    QString contentHash;
    QString path;
};

struct EmbeddingRun {
    int computed = 0;
    int cached = 0;
    QList<QPair<QString, QString>> failures;   // path, reason
};

// Computes the default embedder's vectors for images that lack one in the catalog's cache,
// on `threads` workers with one network each (a cv::dnn::Net is not thread-safe).
class EmbeddingIndexer {
public:
    static Result<std::shared_ptr<EmbeddingIndexer>> create(const QString &modelsDir, int threads = 0);

    QString variant() const { return m_variant; }

    Result<EmbeddingRun> ensure(const CatalogPtr &catalog, const QList<EmbeddingTarget> &targets,
                                const std::function<void(int done, int total)> &progress = {},
                                const std::atomic<bool> *cancel = nullptr);

private:
    std::shared_ptr<EmbedderPool> m_pool;
    QString m_variant;
};

} // namespace tagsmith
