#include "embeddingrepository.h"

#include "sql.h"

#include <QDateTime>

#include <cstring>

namespace tagsmith {
namespace {

QByteArray toBlob(const std::vector<float> &values)
{
    return QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(float)));
}

std::vector<float> fromBlob(const QByteArray &blob)
{
    std::vector<float> values(size_t(blob.size()) / sizeof(float));
    std::memcpy(values.data(), blob.constData(), values.size() * sizeof(float));
    return values;
}

} // namespace

Result<std::optional<CachedEmbedding>> EmbeddingRepository::find(const QString &contentHash, const QString &variant) const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT vector, probs FROM embeddings WHERE content_hash = ? AND variant = ?"),
                           {contentHash, variant});
    if (!query)
        return Error{query.error()};
    if (!query.value().next())
        return std::optional<CachedEmbedding>();
    return std::optional<CachedEmbedding>(CachedEmbedding{fromBlob(query.value().value(0).toByteArray()),
                                                          fromBlob(query.value().value(1).toByteArray())});
}

Status EmbeddingRepository::store(const QString &contentHash, const QString &variant, const CachedEmbedding &embedding)
{
    auto query = sql::exec(m_db, QStringLiteral(
        "INSERT OR REPLACE INTO embeddings(content_hash, variant, vector, probs, created_at) VALUES(?,?,?,?,?)"),
        {contentHash, variant, toBlob(embedding.vector), toBlob(embedding.probs), QDateTime::currentSecsSinceEpoch()});
    return query ? success() : Status(Error{query.error()});
}

} // namespace tagsmith
