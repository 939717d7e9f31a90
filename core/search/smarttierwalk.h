#pragma once

#include "searchhit.h"
#include "catalog/smarttagrules.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace tagsmith {

// Search tiers 2 and 3 (every term, then some term, in applied smart tags) from the ranked
// smart-tag index (migration 8) instead of aggregating every tagged asset: each term reads its
// tags' applied rows best first, merged, and the walk stops as soon as the page is certain
// (Fagin's algorithms: an asset not met yet scores at most the sum of the scores the terms'
// streams are at; a partly met one at most its known scores plus those). Assets are scored
// from the streams, and the few undecided ones looked up; with tag: filters or exclusions,
// every asset met is looked up at once. Scores use the same rule and the same arithmetic as
// the SQL it replaces, so hits, scores and order are the same; a page costs what its best
// hits cost, not what every hit does.
class SmartTierWalk {
public:
    struct Input {
        QList<QList<qint64>> termTags;          // per term, every tag its phrase matches
        QSet<qint64> metadataMatches;           // tier 1's assets (every term in metadata): skipped
        // The assets of `ids` that pass the query's exclusions and tag: filters; empty when
        // the query has none.
        std::function<Result<QSet<qint64>>(const QList<qint64> &ids)> passing;
        int limit = 50;                         // < 0: every hit
    };

    // The most terms and index ranges a walk takes on; a query beyond them (a prefix matching
    // hundreds of tags) is left to the aggregating query.
    static constexpr int kMaxTerms = 64;
    static constexpr int kMaxRanges = 256;
    static bool suits(const Input &input);

    static Result<QList<SearchHit>> run(const QSqlDatabase &db, const SmartTagRules &rules, const Input &input);
};

} // namespace tagsmith
