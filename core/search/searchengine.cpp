#include "searchengine.h"

#include "catalog/smarttagrules.h"
#include "catalog/sql.h"
#include "smarttierwalk.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tagsmith {
namespace {

// A piece of SQL with the values of its placeholders, in text order.
struct Fragment {
    QString text;
    QVariantList values;
};

QString joinedPhrases(const QList<SearchTerm> &terms, const QLatin1String &separator)
{
    QStringList phrases;
    for (const SearchTerm &term : terms)
        phrases << ftsPhrase(term);
    return phrases.join(separator);
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

// Smart tag row `x` is applied: promoted, or active at or above its model's threshold and not
// a silenced generic label (SmartTagRules). The rules come inline so no row pays a lookup.
Fragment smartApplied(const SmartTagRules &rules)
{
    Fragment fragment;
    fragment.text = rules.sqlApplied(QStringLiteral("x"), fragment.values);
    return fragment;
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto rows = sql::exec(db, statement, values);
    if (!rows)
        return Error{rows.error()};
    QList<qint64> found;
    while (rows.value().next())
        found << rows.value().value(0).toLongLong();
    return found;
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
    // The tiers and the walk are several statements: one read transaction (a savepoint, so a
    // caller's own transaction still works) makes them all see one state of the catalog, however
    // other processes write meanwhile. In WAL mode a reader never holds up a writer.
    const bool snapshot = sql::exec(m_db, QStringLiteral("SAVEPOINT search_snapshot")).ok();
    auto hits = searchSnapshot(query, limit);
    if (snapshot && !sql::exec(m_db, QStringLiteral("RELEASE search_snapshot"))) {
        // Never leave the read transaction open: it would pin the WAL for as long as we live.
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK TO search_snapshot"));
        (void)sql::exec(m_db, QStringLiteral("RELEASE search_snapshot"));
    }
    return hits;
}

Result<QList<SearchHit>> SearchEngine::searchSnapshot(const SearchQuery &query, int limit) const
{
    auto rules = SmartTagRules::load(m_db);
    if (!rules)
        return Error{rules.error()};
    const Fragment smart = smartApplied(rules.value());
    // Any tag row `x` that counts: manual, or applied smart.
    const Fragment anyTag{QStringLiteral("((x.source = 'manual' AND x.state <> 'deleted') OR (x.source = 'smart' AND %1))").arg(smart.text),
                          smart.values};

    // Conditions on an asset id (written `{id}`) shared by every stage: exclusions and tag: filters.
    Fragment filters{QStringLiteral("1"), {}};
    const auto filtersOn = [&filters](const char *column) {
        return QString(filters.text).replace(QLatin1String("{id}"), QLatin1String(column));
    };
    QList<qint64> firstTagIds;
    for (const QString &filter : query.tags) {
        auto ids = tagIdsUnder(filter);
        if (!ids)
            return Error{ids.error()};
        if (ids.value().isEmpty())
            return QList<SearchHit>();   // no such tag: nothing can carry it
        if (firstTagIds.isEmpty())
            firstTagIds = ids.value();
        filters.text += QStringLiteral(" AND {id} IN (SELECT x.asset_id FROM asset_tags x WHERE x.tag_id IN (%1) AND %2)")
                            .arg(placeholders(ids.value().size()), anyTag.text);
        for (qint64 id : ids.value())
            filters.values << id;
        filters.values += anyTag.values;
    }
    const QString anyExcluded = joinedPhrases(query.excluded, QLatin1String(" OR "));
    if (!query.excluded.isEmpty()) {
        filters.text += QStringLiteral(" AND {id} NOT IN (SELECT rowid FROM asset_fts WHERE asset_fts MATCH ?)"
                                       " AND {id} NOT IN (SELECT x.asset_id FROM asset_tags x INDEXED BY asset_tags_smart"
                                       " WHERE x.source = 'smart' AND x.tag_id IN (SELECT rowid FROM tag_fts WHERE tag_fts MATCH ?) AND %1)")
                            .arg(smart.text);
        filters.values << anyExcluded << anyExcluded;
        filters.values += smart.values;
    }

    QList<SearchHit> hits;
    const auto collect = [&](const QString &statement, const QVariantList &values, auto makeHit) -> Status {
        auto rows = sql::exec(m_db, statement, values);
        if (!rows)
            return Error{rows.error()};
        while (rows.value().next())
            hits << makeHit(rows.value());
        return success();
    };
    const auto remaining = [&]() { return limit < 0 ? -1 : limit - int(hits.size()); };

    if (query.terms.isEmpty()) {
        // Only tag: filters: the first one lists the candidates, ranked by the tag's confidence.
        QVariantList values;
        for (qint64 id : std::as_const(firstTagIds))
            values << id;
        values += anyTag.values;
        values += filters.values;
        values << limit;
        Status listed = collect(QStringLiteral(
            "SELECT x.asset_id, max(CASE WHEN x.source = 'manual' THEN 1.0 WHEN x.state = 'promoted' THEN 1.5 ELSE x.confidence END) AS c "
            "FROM asset_tags x WHERE x.tag_id IN (%1) AND %2 AND %3 GROUP BY x.asset_id ORDER BY c DESC, x.asset_id DESC LIMIT ?")
            .arg(placeholders(firstTagIds.size()), anyTag.text, filtersOn("x.asset_id")),
            values, [](const QSqlQuery &row) {
                return SearchHit{row.value(0).toLongLong(), {}, SearchTier::Metadata, row.value(1).toDouble()};
            });
        if (!listed)
            return Error{listed.error()};
    } else {
        // Tier 1 straight from the FTS index, newest first, promoted matches before the rest:
        // the index streams rowids in order, so a page costs the same however many match.
        const QString allTerms = joinedPhrases(query.terms, QLatin1String(" "));
        const QString metadata = query.excluded.isEmpty() ? QStringLiteral("(%1)").arg(allTerms)
                                                          : QStringLiteral("((%1) NOT (%2))").arg(allTerms, anyExcluded);
        const QString promoted = QStringLiteral("(promoted : (%1))").arg(joinedPhrases(query.terms, QLatin1String(" OR ")));
        const QString tierOne = QStringLiteral("SELECT rowid FROM asset_fts WHERE asset_fts MATCH ? AND %1 ORDER BY rowid DESC LIMIT ?")
                                    .arg(filtersOn("rowid"));
        for (const auto &[operation, tierConfidence] : {std::pair{QLatin1String(" AND "), 1.5}, std::pair{QLatin1String(" NOT "), 1.0}}) {
            // A copy: clang 14 (the fuzz and sanitizer builds) cannot capture a structured binding.
            const double confidence = tierConfidence;
            if (remaining() == 0)
                break;
            Status found = collect(tierOne, QVariantList{metadata + operation + promoted} + filters.values + QVariantList{remaining()},
                                   [confidence](const QSqlQuery &row) {
                                       return SearchHit{row.value(0).toLongLong(), {}, SearchTier::Metadata, confidence};
                                   });
            if (!found)
                return Error{found.error()};
        }
        // Tiers 2 and 3 only when the page is not full, from the ranked index when the terms
        // match few enough tags. Every hit (no limit) reads every row either way, and one
        // aggregating statement does that faster than the walk's merge.
        bool walked = false;
        if (remaining() > 0 && m_plan == SmartTierPlan::RankedIndex) {
            SmartTierWalk::Input walk;
            walk.limit = remaining();
            for (const SearchTerm &term : query.terms) {
                auto tags = ids(m_db, QStringLiteral("SELECT rowid FROM tag_fts WHERE tag_fts MATCH ?"), {ftsPhrase(term)});
                if (!tags)
                    return Error{tags.error()};
                walk.termTags << tags.value();
            }
            if (SmartTierWalk::suits(walk)) {
                auto matches = ids(m_db, QStringLiteral("SELECT rowid FROM asset_fts WHERE asset_fts MATCH ?"), {allTerms});
                if (!matches)
                    return Error{matches.error()};
                walk.metadataMatches = QSet<qint64>(matches.value().cbegin(), matches.value().cend());
                if (!query.tags.isEmpty() || !query.excluded.isEmpty()) {
                    walk.passing = [&](const QList<qint64> &candidates) -> Result<QSet<qint64>> {
                        QStringList numbers;
                        for (qint64 id : candidates)
                            numbers << QString::number(id);
                        auto passed = ids(m_db, QStringLiteral("SELECT a.id FROM assets a WHERE a.id IN (%1) AND %2")
                                                    .arg(numbers.join(QLatin1Char(',')), filtersOn("a.id")), filters.values);
                        if (!passed)
                            return Error{passed.error()};
                        return QSet<qint64>(passed.value().cbegin(), passed.value().cend());
                    };
                }
                auto found = SmartTierWalk::run(m_db, rules.value(), walk);
                if (!found)
                    return Error{found.error()};
                hits += found.value();
                walked = true;
            }
        }
        // Otherwise the best applied confidence per (asset, term) as one column per term, so
        // one GROUP BY does; promoted counts 1.0.
        if (remaining() != 0 && !walked) {
            const qsizetype termCount = query.terms.size();
            QStringList termTags, bestPerTerm, matchedTerms, confidenceSum;
            QVariantList values;
            for (qsizetype i = 0; i < termCount; ++i) {
                termTags << QStringLiteral("SELECT %1 AS term, rowid AS tag_id FROM tag_fts WHERE tag_fts MATCH ?").arg(i);
                bestPerTerm << QStringLiteral("max(CASE WHEN t.term = %1 THEN (CASE WHEN x.state = 'promoted' THEN 1.0 "
                                              "ELSE x.confidence END) END) AS b%1").arg(i);
                matchedTerms << QStringLiteral("(b%1 IS NOT NULL)").arg(i);
                confidenceSum << QStringLiteral("coalesce(b%1, 0)").arg(i);
                values << ftsPhrase(query.terms.at(i));
            }
            values += smart.values;
            values << allTerms;
            values += filters.values;
            values << remaining();
            Status found = collect(QStringLiteral(
                "WITH term_tags AS (%1), best AS (SELECT x.asset_id AS asset_id, %2 "
                "FROM term_tags t JOIN asset_tags x INDEXED BY asset_tags_smart ON x.tag_id = t.tag_id AND x.source = 'smart' "
                "WHERE %3 GROUP BY x.asset_id), smart AS (SELECT asset_id, %4 AS terms, %5 AS confidence_sum FROM best) "
                "SELECT asset_id, terms = %6, confidence_sum / %6.0 FROM smart "
                "WHERE asset_id NOT IN (SELECT rowid FROM asset_fts WHERE asset_fts MATCH ?) AND %7 "
                "ORDER BY terms = %6 DESC, confidence_sum DESC, asset_id DESC LIMIT ?")
                .arg(termTags.join(QLatin1String(" UNION ALL ")), bestPerTerm.join(QLatin1String(", ")), smart.text,
                     matchedTerms.join(QLatin1String(" + ")), confidenceSum.join(QLatin1String(" + ")))
                .arg(termCount).arg(filtersOn("asset_id")),
                values, [](const QSqlQuery &row) {
                    return SearchHit{row.value(0).toLongLong(), {}, row.value(1).toBool() ? SearchTier::SmartAll : SearchTier::SmartAny,
                                     row.value(2).toDouble()};
                });
            if (!found)
                return Error{found.error()};
        }
    }

    // Paths for the page only, in bounded statements when every hit was asked for. The ids are
    // integers from the catalog, inlined: Qt looks each placeholder's name up by scanning them
    // all, which costs more than the statement once there are hundreds.
    constexpr qsizetype kIdsPerStatement = 2000;
    QHash<qint64, QString> pathOf;
    pathOf.reserve(hits.size());
    for (qsizetype start = 0; start < hits.size(); start += kIdsPerStatement) {
        QStringList ids;
        for (qsizetype i = start; i < std::min(hits.size(), start + kIdsPerStatement); ++i)
            ids << QString::number(hits.at(i).assetId);
        auto paths = sql::exec(m_db, QStringLiteral("SELECT id, path FROM assets WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))));
        if (!paths)
            return Error{paths.error()};
        while (paths.value().next())
            pathOf.insert(paths.value().value(0).toLongLong(), paths.value().value(1).toString());
    }
    for (SearchHit &hit : hits)
        hit.path = pathOf.value(hit.assetId);
    return hits;
}

} // namespace tagsmith
