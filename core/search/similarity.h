#pragma once

#include "quantizedrows.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace tagsmith {

struct SimilarAsset {
    qint64 assetId = 0;
    QString path;
    float similarity = 0;   // cosine of the L2-normalised embeddings
};

// Find similar: exact cosine between cached embeddings of one embedder variant. The vectors
// live in memory as 8-bit codes (QuantizedRows, one row per content hash, so duplicates share a
// row), loaded once and then topped up with rows added since. A query scans the codes (a quarter
// of the bytes of floats: the scan is bound by memory bandwidth), then re-scores the best
// candidates exactly from the stored float vectors, so the similarities returned are exact
// cosines. The first refresh reads every vector (about 1.5 s for 100 000 x 1280 floats), so
// keep one instance alive per catalog thread; an instance is not thread-safe.
class Similarity {
public:
    explicit Similarity(QString variant) : m_variant(std::move(variant)) {}

    // The variant most of the catalog's embeddings use for this asset's content, or an error
    // when the asset has none cached.
    static Result<QString> variantOf(const QSqlDatabase &db, qint64 assetId);

    // Brings the matrix up to date: appends new rows, replaces re-computed ones, and reloads
    // everything when rows disappeared.
    Status refresh(const QSqlDatabase &db);

    // The `limit` assets nearest to `assetId` (itself excluded), most similar first.
    Result<QList<SimilarAsset>> nearest(const QSqlDatabase &db, qint64 assetId, int limit);
    // The same for any query vector of the matrix's dimension.
    Result<QList<SimilarAsset>> nearest(const QSqlDatabase &db, const std::vector<float> &query, int limit,
                                        qint64 excludeAssetId = 0);

    qsizetype rows() const { return m_hashes.size(); }
    int dimension() const { return m_rows.dimension(); }
    qsizetype memoryBytes() const { return m_rows.bytes(); }

private:
    void clear();
    void setRow(const QString &hash, const QByteArray &blob);
    // The stored float vectors of `hashes`, by hash.
    Result<QHash<QString, std::vector<float>>> exactVectors(const QSqlDatabase &db, const QStringList &hashes) const;

    QString m_variant;
    QuantizedRows m_rows;
    QStringList m_hashes;
    QHash<QString, qsizetype> m_rowOfHash;
    qint64 m_lastRowid = 0;
    qint64 m_skippedRows = 0;   // stored vectors of another dimension, left out
};

} // namespace tagsmith
