#include "searchengine.h"

#include "catalog/sql.h"

#include <QHash>

namespace tagsmith {
namespace {

// Smart tag row `x` is applied: promoted, or active at or above its model's threshold.
const QLatin1String kSmartApplied(
    "(x.state = 'promoted' OR (x.state = 'active' AND x.confidence >= "
    "coalesce((SELECT threshold FROM models WHERE name = x.model), 0.7)))");

QString joinedPhrases(const QList<SearchTerm> &terms, const QLatin1String &separator)
{
    QStringList phrases;
    for (const SearchTerm &term : terms)
        phrases << ftsPhrase(term);
    return phrases.join(separator);
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

// Any tag row `x` (manual, or applied smart) carrying a tag of the filter.
QString tagFilterClause()
{
    return QStringLiteral("((x.source = 'manual' AND x.state <> 'deleted') OR (x.source = 'smart' AND %1))").arg(kSmartApplied);
}

} // namespace

Result<QList<qint64>> SearchEngine::tagIdsUnder(const QString &filter) const
{
    // The taxonomy is small (hundreds to a few thousand paths): matching any level in C++
    // is simpler and exact where LIKE would need escaping and case rules.
    auto query = sql::exec(m_db, QStringLiteral("SELECT id, path FROM tags"));
    if (!query)
        return Error{query.error()};
    QList<qint64> ids;
    while (query.value().next())
        if (tagMatchesFilter(query.value().value(1).toString(), filter))
            ids << query.value().value(0).toLongLong();
    return ids;
}

Result<QList<SearchHit>> SearchEngine::search(const SearchQuery &query, int limit) const
{
    if (!query.hasCriteria())
        return QList<SearchHit>();

    QStringList ctes;
    QStringList filters;
    QVariantList cteValues;
    QVariantList filterValues;

    QList<QList<qint64>> tagFilters;
    for (const QString &filter : query.tags) {
        auto ids = tagIdsUnder(filter);
        if (!ids)
            return Error{ids.error()};
        if (ids.value().isEmpty())
            return QList<SearchHit>();   // no such tag: nothing can carry it
        tagFilters << ids.value();
    }

    const qsizetype termCount = query.terms.size();
    if (termCount > 0) {
        QStringList termTags;
        for (qsizetype i = 0; i < termCount; ++i) {
            termTags << QStringLiteral("SELECT %1 AS term, rowid AS tag_id FROM tag_fts WHERE tag_fts MATCH ?").arg(i);
            cteValues << ftsPhrase(query.terms.at(i));
        }
        ctes << QStringLiteral("term_tags AS (%1)").arg(termTags.join(QLatin1String(" UNION ALL ")));
        // The best applied confidence per (asset, term); promoted counts as 1.0 like manual.
        ctes << QStringLiteral(
                    "smart AS (SELECT asset_id, count(*) AS terms, sum(best) AS confidence_sum FROM ("
                    "SELECT x.asset_id AS asset_id, t.term AS term, "
                    "max(CASE WHEN x.state = 'promoted' THEN 1.0 ELSE x.confidence END) AS best "
                    "FROM term_tags t JOIN asset_tags x ON x.tag_id = t.tag_id AND x.source = 'smart' "
                    "WHERE %1 GROUP BY x.asset_id, t.term) GROUP BY asset_id)").arg(kSmartApplied);
        // Names and tags weigh more than long document text when ordering equal confidences.
        ctes << QStringLiteral("meta AS (SELECT rowid AS asset_id, bm25(asset_fts, 4, 3, 2, 2, 3, 3, 1) AS relevance "
                               "FROM asset_fts WHERE asset_fts MATCH ?)");
        cteValues << joinedPhrases(query.terms, QLatin1String(" "));
        ctes << QStringLiteral("promoted AS (SELECT rowid AS asset_id FROM asset_fts WHERE asset_fts MATCH ?)");
        cteValues << QStringLiteral("promoted : (%1)").arg(joinedPhrases(query.terms, QLatin1String(" OR ")));
        ctes << QStringLiteral(
                    "hits AS (SELECT asset_id, 2 AS tier, "
                    "CASE WHEN asset_id IN (SELECT asset_id FROM promoted) THEN 1.5 ELSE 1.0 END AS confidence, relevance FROM meta "
                    "UNION ALL SELECT asset_id, CASE WHEN terms = %1 THEN 1 ELSE 0 END, confidence_sum / %1.0, 0 FROM smart "
                    "WHERE asset_id NOT IN (SELECT asset_id FROM meta))").arg(termCount);
    } else {
        // Only tag: filters: the first one lists the candidates, ranked by the tag's confidence.
        ctes << QStringLiteral(
                    "hits AS (SELECT x.asset_id AS asset_id, 2 AS tier, "
                    "max(CASE WHEN x.source = 'manual' THEN 1.0 WHEN x.state = 'promoted' THEN 1.5 ELSE x.confidence END) AS confidence, "
                    "0 AS relevance FROM asset_tags x WHERE x.tag_id IN (%1) AND %2 GROUP BY x.asset_id)")
                    .arg(placeholders(tagFilters.first().size()), tagFilterClause());
        for (qint64 id : std::as_const(tagFilters.first()))
            cteValues << id;
    }

    if (!query.excluded.isEmpty()) {
        const QString anyExcluded = joinedPhrases(query.excluded, QLatin1String(" OR "));
        filters << QStringLiteral("h.asset_id NOT IN (SELECT rowid FROM asset_fts WHERE asset_fts MATCH ?)");
        filters << QStringLiteral("h.asset_id NOT IN (SELECT x.asset_id FROM asset_tags x WHERE x.source = 'smart' "
                                  "AND x.tag_id IN (SELECT rowid FROM tag_fts WHERE tag_fts MATCH ?) AND %1)").arg(kSmartApplied);
        filterValues << anyExcluded << anyExcluded;
    }
    for (const QList<qint64> &ids : std::as_const(tagFilters)) {
        filters << QStringLiteral("h.asset_id IN (SELECT x.asset_id FROM asset_tags x WHERE x.tag_id IN (%1) AND %2)")
                       .arg(placeholders(ids.size()), tagFilterClause());
        for (qint64 id : ids)
            filterValues << id;
    }

    // Rank on ids alone, then read paths for the page only.
    const QString statement = QStringLiteral(
        "WITH %1 SELECT r.asset_id, a.path, r.tier, r.confidence FROM ("
        "SELECT h.asset_id, h.tier, h.confidence, h.relevance FROM hits h %2 "
        "ORDER BY h.tier DESC, h.confidence DESC, h.relevance, h.asset_id LIMIT ?) r "
        "JOIN assets a ON a.id = r.asset_id ORDER BY r.tier DESC, r.confidence DESC, r.relevance, r.asset_id")
        .arg(ctes.join(QLatin1String(", ")),
             filters.isEmpty() ? QString() : QStringLiteral("WHERE ") + filters.join(QLatin1String(" AND ")));
    auto rows = sql::exec(m_db, statement, cteValues + filterValues + QVariantList{limit < 0 ? -1 : limit});
    if (!rows)
        return Error{rows.error()};
    QList<SearchHit> hits;
    while (rows.value().next()) {
        const QSqlQuery &row = rows.value();
        hits << SearchHit{row.value(0).toLongLong(), row.value(1).toString(), SearchTier(row.value(2).toInt()),
                          row.value(3).toDouble()};
    }
    return hits;
}

} // namespace tagsmith
