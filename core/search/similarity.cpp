#include "similarity.h"

#include "catalog/sql.h"
#include "ml/matrixkernels.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace tagsmith {
namespace {

// The kernel wants rows in fours, columns in sixteens and classes in fours.
constexpr int kRowAlign = 4;
constexpr int kColumnAlign = 16;
constexpr int kQueryRows = 4;
// Rows per kernel call: keeps int offsets small and the scores of a block in cache.
constexpr qsizetype kBlockRows = 4096;

qsizetype roundUp(qsizetype value, qsizetype step) { return (value + step - 1) / step * step; }

} // namespace

Result<QString> Similarity::variantOf(const QSqlDatabase &db, qint64 assetId)
{
    auto query = sql::exec(db, QStringLiteral(
        "SELECT e.variant FROM assets a JOIN embeddings e ON e.content_hash = a.content_hash WHERE a.id = ? "
        "ORDER BY (SELECT count(*) FROM embeddings o WHERE o.variant = e.variant) DESC LIMIT 1"), {assetId});
    if (!query)
        return Error{query.error()};
    if (!query.value().next())
        return Error{QCoreApplication::translate("search", "the asset has no cached embedding yet (it is computed on import when the models are installed)")};
    return query.value().value(0).toString();
}

void Similarity::clear()
{
    m_dimension = 0;
    m_stride = 0;
    m_matrix.clear();
    m_hashes.clear();
    m_rowOfHash.clear();
    m_lastRowid = 0;
    m_skippedRows = 0;
}

void Similarity::setRow(const QString &hash, const QByteArray &blob)
{
    const int dimension = int(blob.size() / qsizetype(sizeof(float)));
    if (m_hashes.isEmpty() && m_dimension == 0) {
        m_dimension = dimension;
        m_stride = int(roundUp(dimension, kColumnAlign));
    }
    if (dimension != m_dimension || dimension == 0) {
        ++m_skippedRows;
        return;
    }
    qsizetype row = m_rowOfHash.value(hash, -1);
    if (row < 0) {
        row = m_hashes.size();
        m_hashes << hash;
        m_rowOfHash.insert(hash, row);
        m_matrix.resize(size_t(roundUp(row + 1, kRowAlign) * m_stride), 0.0f);
    }
    std::memcpy(m_matrix.data() + row * m_stride, blob.constData(), size_t(dimension) * sizeof(float));
}

Status Similarity::refresh(const QSqlDatabase &db)
{
    // Two passes at most: a top-up, and a full reload when rows were deleted meanwhile.
    for (int pass = 0; pass < 2; ++pass) {
        auto rows = sql::exec(db, QStringLiteral(
            "SELECT rowid, content_hash, vector FROM embeddings WHERE variant = ? AND rowid > ? ORDER BY rowid"),
            {m_variant, m_lastRowid});
        if (!rows)
            return Error{rows.error()};
        rows.value().setForwardOnly(true);
        while (rows.value().next()) {
            setRow(rows.value().value(1).toString(), rows.value().value(2).toByteArray());
            m_lastRowid = rows.value().value(0).toLongLong();
        }
        const qint64 stored = sql::scalar(db, QStringLiteral("SELECT count(*) FROM embeddings WHERE variant = ?"),
                                          {m_variant}, 0).toLongLong();
        if (stored == m_hashes.size() + m_skippedRows)
            return success();
        clear();
    }
    return success();
}

std::vector<float> Similarity::scores(const std::vector<float> &query) const
{
    std::vector<float> queryRows(size_t(kQueryRows) * size_t(m_stride), 0.0f);
    std::copy(query.begin(), query.end(), queryRows.begin());
    const qsizetype paddedRows = roundUp(m_hashes.size(), kRowAlign);
    std::vector<float> products(size_t(paddedRows * kQueryRows));
    for (qsizetype start = 0; start < paddedRows; start += kBlockRows) {
        const qsizetype count = std::min(kBlockRows, paddedRows - start);
        ml::kernels::multiplyTransposed(m_matrix.data() + start * m_stride, int(count), m_stride, queryRows.data(),
                                        kQueryRows, products.data() + start * kQueryRows);
    }
    std::vector<float> result(size_t(m_hashes.size()));
    for (size_t i = 0; i < result.size(); ++i)
        result[i] = products[i * kQueryRows];
    return result;
}

Result<QList<SimilarAsset>> Similarity::nearest(const QSqlDatabase &db, qint64 assetId, int limit)
{
    if (Status refreshed = refresh(db); !refreshed)
        return Error{refreshed.error()};
    const QString hash = sql::scalar(db, QStringLiteral("SELECT content_hash FROM assets WHERE id = ?"), {assetId}).toString();
    const qsizetype row = m_rowOfHash.value(hash, -1);
    if (row < 0)
        return Error{QCoreApplication::translate("search", "the asset has no cached embedding of %1").arg(m_variant)};
    const float *begin = m_matrix.data() + row * m_stride;
    return nearest(db, std::vector<float>(begin, begin + m_dimension), limit, assetId);
}

Result<QList<SimilarAsset>> Similarity::nearest(const QSqlDatabase &db, const std::vector<float> &query, int limit,
                                                qint64 excludeAssetId)
{
    if (m_hashes.isEmpty() || limit <= 0)
        return QList<SimilarAsset>();
    if (int(query.size()) != m_dimension)
        return Error{QCoreApplication::translate("search", "the query has %1 dimensions, the embeddings %2")
                         .arg(query.size()).arg(m_dimension)};
    const std::vector<float> similarity = scores(query);
    std::vector<qsizetype> order(similarity.size());
    std::iota(order.begin(), order.end(), 0);
    const auto higher = [&](qsizetype a, qsizetype b) {
        return similarity[size_t(a)] > similarity[size_t(b)] || (similarity[size_t(a)] == similarity[size_t(b)] && a < b);
    };
    // A hash may belong to no asset any more (embeddings are a cache) or to several: widen
    // the candidate rows until enough assets come out.
    qsizetype candidates = std::min<qsizetype>(order.size(), limit + 8);
    for (;;) {
        std::partial_sort(order.begin(), order.begin() + candidates, order.end(), higher);
        QVariantList hashes;
        QStringList marks;
        for (qsizetype i = 0; i < candidates; ++i) {
            hashes << m_hashes.at(order[size_t(i)]);
            marks << QStringLiteral("?");
        }
        auto rows = sql::exec(db, QStringLiteral("SELECT id, path, content_hash FROM assets WHERE content_hash IN (%1) AND id <> ?")
                                      .arg(marks.join(QLatin1Char(','))), hashes + QVariantList{excludeAssetId});
        if (!rows)
            return Error{rows.error()};
        QList<SimilarAsset> found;
        while (rows.value().next()) {
            const qsizetype row = m_rowOfHash.value(rows.value().value(2).toString());
            found << SimilarAsset{rows.value().value(0).toLongLong(), rows.value().value(1).toString(), similarity[size_t(row)]};
        }
        if (found.size() >= limit || candidates == qsizetype(order.size())) {
            std::sort(found.begin(), found.end(), [](const SimilarAsset &a, const SimilarAsset &b) {
                return a.similarity > b.similarity || (a.similarity == b.similarity && a.assetId < b.assetId);
            });
            return found.mid(0, limit);
        }
        candidates = std::min<qsizetype>(order.size(), candidates * 4);
    }
}

} // namespace tagsmith
