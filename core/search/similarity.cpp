#include "similarity.h"

#include "catalog/sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace tagsmith {
namespace {

// Candidates re-scored exactly per query: the coarse scan's error (under 1 % of a cosine) only
// swaps neighbours whose cosines are that close, far inside this margin.
qsizetype firstCandidates(qsizetype rows, int limit) { return std::min<qsizetype>(rows, std::max(4 * limit, limit + 64)); }

std::vector<float> floatsOf(const QByteArray &blob)
{
    std::vector<float> values(size_t(blob.size()) / sizeof(float));
    std::memcpy(values.data(), blob.constData(), values.size() * sizeof(float));
    return values;
}

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
    m_rows.reset(0);
    m_hashes.clear();
    m_rowOfHash.clear();
    m_lastRowid = 0;
    m_skippedRows = 0;
}

void Similarity::setRow(const QString &hash, const QByteArray &blob)
{
    const int dimension = int(blob.size() / qsizetype(sizeof(float)));
    if (m_hashes.isEmpty() && m_rows.dimension() == 0)
        m_rows.reset(dimension);
    if (dimension != m_rows.dimension() || dimension == 0) {
        ++m_skippedRows;
        return;
    }
    qsizetype row = m_rowOfHash.value(hash, -1);
    if (row < 0) {
        row = m_hashes.size();
        m_hashes << hash;
        m_rowOfHash.insert(hash, row);
    }
    m_rows.set(row, floatsOf(blob).data());
}

Result<QHash<QString, std::vector<float>>> Similarity::exactVectors(const QSqlDatabase &db, const QStringList &hashes) const
{
    QHash<QString, std::vector<float>> vectors;
    // SQLite allows 32 766 bound values; batches keep each statement far below.
    constexpr qsizetype kBatch = 500;
    for (qsizetype first = 0; first < hashes.size(); first += kBatch) {
        const QStringList batch = hashes.mid(first, kBatch);
        QVariantList values{m_variant};
        for (const QString &hash : batch)
            values << hash;
        auto rows = sql::exec(db, QStringLiteral("SELECT content_hash, vector FROM embeddings WHERE variant = ? AND content_hash IN (%1)")
                                      .arg(QStringList(batch.size(), QStringLiteral("?")).join(QLatin1Char(','))), values);
        if (!rows)
            return Error{rows.error()};
        while (rows.value().next())
            vectors.insert(rows.value().value(0).toString(), floatsOf(rows.value().value(1).toByteArray()));
    }
    return vectors;
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

Result<QList<SimilarAsset>> Similarity::nearest(const QSqlDatabase &db, qint64 assetId, int limit)
{
    if (Status refreshed = refresh(db); !refreshed)
        return Error{refreshed.error()};
    const QString hash = sql::scalar(db, QStringLiteral("SELECT content_hash FROM assets WHERE id = ?"), {assetId}).toString();
    auto stored = exactVectors(db, {hash});
    if (!stored)
        return Error{stored.error()};
    if (!m_rowOfHash.contains(hash) || !stored.value().contains(hash))
        return Error{QCoreApplication::translate("search", "the asset has no cached embedding of %1").arg(m_variant)};
    return nearest(db, stored.value().value(hash), limit, assetId);
}

Result<QList<SimilarAsset>> Similarity::nearest(const QSqlDatabase &db, const std::vector<float> &query, int limit,
                                                qint64 excludeAssetId)
{
    if (m_hashes.isEmpty() || limit <= 0)
        return QList<SimilarAsset>();
    if (int(query.size()) != m_rows.dimension())
        return Error{QCoreApplication::translate("search", "the query has %1 dimensions, the embeddings %2")
                         .arg(query.size()).arg(m_rows.dimension())};
    const std::vector<float> approximate = m_rows.dotAll(query.data());
    std::vector<qsizetype> order(approximate.size());
    std::iota(order.begin(), order.end(), 0);
    const auto higher = [&](qsizetype a, qsizetype b) {
        return approximate[size_t(a)] > approximate[size_t(b)] || (approximate[size_t(a)] == approximate[size_t(b)] && a < b);
    };
    // A hash may belong to no asset any more (embeddings are a cache) or to several: widen
    // the candidate rows until enough assets come out.
    qsizetype candidates = firstCandidates(qsizetype(order.size()), limit);
    for (;;) {
        std::partial_sort(order.begin(), order.begin() + candidates, order.end(), higher);
        QStringList hashes;
        for (qsizetype i = 0; i < candidates; ++i)
            hashes << m_hashes.at(order[size_t(i)]);
        auto vectors = exactVectors(db, hashes);
        if (!vectors)
            return Error{vectors.error()};
        // Ordered in double precision: cosines of near-duplicates tie in float.
        QHash<QString, double> exact;
        for (auto it = vectors.value().cbegin(); it != vectors.value().cend(); ++it)
            if (it.value().size() == query.size())
                exact.insert(it.key(), std::inner_product(query.begin(), query.end(), it.value().begin(), 0.0));
        QVariantList values(hashes.cbegin(), hashes.cend());
        auto rows = sql::exec(db, QStringLiteral("SELECT id, path, content_hash FROM assets WHERE content_hash IN (%1) AND id <> ?")
                                      .arg(QStringList(hashes.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                              values + QVariantList{excludeAssetId});
        if (!rows)
            return Error{rows.error()};
        QList<std::pair<double, SimilarAsset>> found;
        while (rows.value().next()) {
            const QString hash = rows.value().value(2).toString();
            if (const auto score = exact.constFind(hash); score != exact.constEnd())
                found.append({score.value(), SimilarAsset{rows.value().value(0).toLongLong(), rows.value().value(1).toString(), float(score.value())}});
        }
        if (found.size() >= limit || candidates == qsizetype(order.size())) {
            std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
                return a.first > b.first || (a.first == b.first && a.second.assetId < b.second.assetId);
            });
            QList<SimilarAsset> nearest;
            for (qsizetype i = 0; i < std::min<qsizetype>(limit, found.size()); ++i)
                nearest << found.at(i).second;
            return nearest;
        }
        candidates = std::min<qsizetype>(order.size(), candidates * 4);
    }
}

} // namespace tagsmith
