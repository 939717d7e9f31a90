#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace tagsmith {

struct CachedEmbedding {
    std::vector<float> vector;   // L2-normalised
    std::vector<float> probs;    // the embedder's class probabilities, when it has them
};

// Embeddings are a cache keyed by (content hash, embedder variant): identical files share one,
// and a new preprocessing variant simply misses.
class EmbeddingRepository {
public:
    explicit EmbeddingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<CachedEmbedding>> find(const QString &contentHash, const QString &variant) const;
    Status store(const QString &contentHash, const QString &variant, const CachedEmbedding &embedding);

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
