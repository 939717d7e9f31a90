#pragma once

#include "searchhit.h"
#include "searchquery.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace tagsmith {

// Ranked search over the catalog's FTS5 indexes (schema 3), in the design's order:
//   1. every term in metadata (file name, title, description, keywords, manual and promoted
//      tags, document text), confidence 1.0; assets where a promoted tag matched come first
//      (1.5), then newest first, straight from the index so a page costs the same however
//      many assets match;
//   2. every term in applied smart tags, by confidence;
//   3. some term in applied smart tags, by confidence weighted by the share of terms matched.
// A smart tag is applied when it is promoted, or active with a confidence at or above its
// model's threshold (0.7 for a model without a row, such as "generic" or "keywords");
// deleted smart tags never match. `-term` excludes assets with the term in metadata or in an
// applied smart tag; `tag:` filters keep assets carrying a matching manual or applied tag.
// Tiers 2 and 3 are only computed when tier 1 leaves room on the page. A few queries per
// search, on the caller's connection and thread.
//
// How tiers 2 and 3 are found. RankedIndex walks the ranked smart-tag index (SmartTierWalk,
// schema 8) and stops once the page is certain; FullScan aggregates every asset carrying a
// matching tag (the reference the walk is tested and benchmarked against). Both give the same
// hits in the same order. Neither counts hits beyond the page: there is no total, estimated or
// otherwise; `search(query, -1)` returns every hit, exactly, at the cost of reading them all.
enum class SmartTierPlan { RankedIndex, FullScan };

class SearchEngine {
public:
    explicit SearchEngine(QSqlDatabase db, SmartTierPlan plan = SmartTierPlan::RankedIndex) : m_db(std::move(db)), m_plan(plan) {}

    // `limit` < 0 returns every hit.
    Result<QList<SearchHit>> search(const SearchQuery &query, int limit = 50) const;
    Result<QList<SearchHit>> search(const QString &text, int limit = 50) const
    {
        return search(SearchQuery::parse(text), limit);
    }

private:
    Result<QList<qint64>> tagIdsUnder(const QString &filter) const;
    Result<QList<SearchHit>> searchSnapshot(const SearchQuery &query, int limit) const;

    QSqlDatabase m_db;
    SmartTierPlan m_plan;
};

} // namespace tagsmith
