#include "smarttierwalk.h"

#include "catalog/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace tagsmith {
namespace {

// One tag's applied rows in asset_tags_ranked, best first; the score expression is the index's,
// word for word, so SQLite walks the index backwards instead of sorting, and the applied rule
// (SmartTagRules::sqlApplied over `x`, %1) reads only index columns, so no table row is read
// (unless a folder turns generic labels off: then a generic row looks its asset's folder up).
const char kRangeStatement[] =
    "SELECT x.asset_id, x.state = 'promoted', x.confidence FROM asset_tags x INDEXED BY asset_tags_ranked "
    "WHERE x.source = 'smart' AND x.state <> 'deleted' AND x.tag_id = ? "
    "AND (CASE WHEN x.state = 'promoted' THEN 1.0 ELSE x.confidence END) >= ? AND %1 "
    "ORDER BY (CASE WHEN x.state = 'promoted' THEN 1.0 ELSE x.confidence END) DESC, x.asset_id DESC";

// Every applied smart row of some assets (%1), to score them at once; %2 is the applied rule.
const char kLookUpStatement[] =
    "SELECT x.asset_id, x.tag_id, x.state = 'promoted', x.confidence FROM asset_tags x "
    "WHERE x.asset_id IN (%1) AND x.source = 'smart' AND x.state <> 'deleted' AND %2";

// The applied rule as SQL over `x`, with its values.
struct Applied {
    QString text;
    QVariantList values;
};

Error failed(const QSqlQuery &query)
{
    return Error{QCoreApplication::translate("search", "reading ranked smart tags failed: %1").arg(query.lastError().text())};
}

QString idList(const std::vector<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(qsizetype(ids.size()));
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

struct Row {
    qint64 assetId = 0;
    bool promoted = false;
    double confidence = 0;
    double score = 0;   // as search ranks it: promoted 1.0, else the confidence
};

// One tag's index range, read forward.
class Range {
public:
    Status open(const QSqlDatabase &db, qint64 tagId, double floor, const Applied &applied)
    {
        m_query = QSqlQuery(db);
        m_query.setForwardOnly(true);
        if (!m_query.prepare(QString::fromLatin1(kRangeStatement).arg(applied.text)))
            return failed(m_query);
        m_query.addBindValue(tagId);
        m_query.addBindValue(floor);
        for (const QVariant &value : applied.values)
            m_query.addBindValue(value);
        if (!m_query.exec())
            return failed(m_query);
        return advance();
    }

    Status advance()
    {
        if (!m_query.next()) {
            m_done = true;
            if (m_query.lastError().isValid())
                return failed(m_query);
            m_query.finish();
            return success();
        }
        m_row.assetId = m_query.value(0).toLongLong();
        m_row.promoted = m_query.value(1).toBool();
        m_row.confidence = m_query.value(2).toDouble();
        m_row.score = m_row.promoted ? 1.0 : m_row.confidence;
        return success();
    }

    bool done() const { return m_done; }
    const Row &row() const { return m_row; }

private:
    QSqlQuery m_query;
    Row m_row;
    bool m_done = false;
};

// A term's ranges merged: rows in descending (score, asset id), like the index within one tag.
class TermStream {
public:
    Status open(const QSqlDatabase &db, const QList<qint64> &tags, double floor, const Applied &applied)
    {
        for (qint64 tag : tags) {
            auto range = std::make_unique<Range>();
            if (Status opened = range->open(db, tag, floor, applied); !opened)
                return opened;
            if (!range->done())
                m_heap.push_back(std::move(range));
        }
        std::make_heap(m_heap.begin(), m_heap.end(), below);
        return success();
    }

    bool done() const { return m_heap.empty(); }
    const Row &top() const { return m_heap.front()->row(); }
    // No row still ahead scores more than this.
    double bound() const { return top().score; }

    Status next()
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), below);
        if (Status advanced = m_heap.back()->advance(); !advanced)
            return advanced;
        if (m_heap.back()->done())
            m_heap.pop_back();
        else
            std::push_heap(m_heap.begin(), m_heap.end(), below);
        return success();
    }

private:
    static bool below(const std::unique_ptr<Range> &a, const std::unique_ptr<Range> &b)
    {
        const Row &x = a->row();
        const Row &y = b->row();
        return x.score != y.score ? x.score < y.score : x.assetId < y.assetId;
    }

    std::vector<std::unique_ptr<Range>> m_heap;
};

struct Scored {
    qint64 assetId = 0;
    bool all = false;    // every term matched
    double sum = 0;      // the best applied score per term, summed in term order
};

// The aggregating query's ORDER BY: every term first, then the sum, then the newest.
bool ranksBefore(const Scored &a, const Scored &b)
{
    if (a.all != b.all)
        return a.all;
    if (a.sum != b.sum)
        return a.sum > b.sum;
    return a.assetId > b.assetId;
}

QList<SearchHit> hitsOf(std::vector<Scored> &scored, int terms)
{
    std::sort(scored.begin(), scored.end(), ranksBefore);
    QList<SearchHit> hits;
    hits.reserve(qsizetype(scored.size()));
    for (const Scored &one : scored)
        hits << SearchHit{one.assetId, {}, one.all ? SearchTier::SmartAll : SearchTier::SmartAny, one.sum / double(terms)};
    return hits;
}

// Which terms each tag serves, as bits: a tag can match several terms ("cars vehicles").
QHash<qint64, quint64> termsOfTags(const SmartTierWalk::Input &input)
{
    QHash<qint64, quint64> terms;
    for (qsizetype i = 0; i < input.termTags.size(); ++i)
        for (qint64 tag : input.termTags.at(i))
            terms[tag] |= quint64(1) << i;
    return terms;
}

Result<QSqlQuery> lookUpRows(const QSqlDatabase &db, const Applied &applied, const std::vector<qint64> &ids)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.prepare(QString::fromLatin1(kLookUpStatement).arg(idList(ids), applied.text)))
        return failed(rows);
    for (const QVariant &value : applied.values)
        rows.addBindValue(value);
    if (!rows.exec())
        return failed(rows);
    return rows;
}

Result<QList<SearchHit>> walkScoringEach(const QSqlDatabase &db, const Applied &applied, const SmartTierWalk::Input &input,
                                         std::vector<TermStream> &streams);
Result<QList<SearchHit>> walkStreamsFirst(const QSqlDatabase &db, const Applied &applied, const SmartTierWalk::Input &input,
                                          std::vector<TermStream> &streams);

} // namespace

bool SmartTierWalk::suits(const Input &input)
{
    if (input.termTags.isEmpty() || input.termTags.size() > kMaxTerms)
        return false;
    qsizetype ranges = 0;
    for (const QList<qint64> &tags : input.termTags)
        ranges += tags.size();
    return ranges <= kMaxRanges;
}

Result<QList<SearchHit>> SmartTierWalk::run(const QSqlDatabase &db, const SmartTagRules &rules, const Input &input)
{
    if (input.limit == 0 || !suits(input))
        return QList<SearchHit>();
    // Below the lowest threshold no active row counts; promoted rows (1.0) always do.
    const double floor = std::min(rules.lowestThreshold(), 1.0);
    Applied applied;
    applied.text = rules.sqlApplied(QStringLiteral("x"), applied.values);
    std::vector<TermStream> streams(static_cast<size_t>(input.termTags.size()));
    for (qsizetype i = 0; i < input.termTags.size(); ++i)
        if (Status opened = streams[size_t(i)].open(db, input.termTags.at(i), floor, applied); !opened)
            return Error{opened.error()};
    // The filters are what the streams cannot tell: then each asset met is asked at once.
    if (input.passing)
        return walkScoringEach(db, applied, input, streams);
    return walkStreamsFirst(db, applied, input, streams);
}

namespace {

// The threshold algorithm: every asset met is scored at once from all its rows (one statement
// per batch), so the walk stops as soon as the page beats what an unmet asset can score.
Result<QList<SearchHit>> walkScoringEach(const QSqlDatabase &db, const Applied &applied, const SmartTierWalk::Input &input,
                                         std::vector<TermStream> &streams)
{
    const int terms = int(input.termTags.size());
    const QHash<qint64, quint64> termsOfTag = termsOfTags(input);

    QSet<qint64> seen;
    std::vector<qint64> pending;
    std::vector<Scored> kept;   // a heap whose front ranks last when a limit applies
    const auto keep = [&](const Scored &scored) {
        if (input.limit < 0) {
            kept.push_back(scored);
        } else if (kept.size() < size_t(input.limit)) {
            kept.push_back(scored);
            std::push_heap(kept.begin(), kept.end(), ranksBefore);
        } else if (ranksBefore(scored, kept.front())) {
            std::pop_heap(kept.begin(), kept.end(), ranksBefore);
            kept.back() = scored;
            std::push_heap(kept.begin(), kept.end(), ranksBefore);
        }
    };

    // Scores the pending assets exactly from all their smart rows, the way the aggregating
    // query does: per term the best applied score (promoted 1.0), summed in term order.
    const auto evaluate = [&]() -> Status {
        if (pending.empty())
            return success();
        std::vector<qint64> candidates;
        candidates.reserve(pending.size());
        for (qint64 id : pending)
            if (!input.metadataMatches.contains(id))
                candidates.push_back(id);
        pending.clear();
        if (candidates.empty())
            return success();
        QSet<qint64> passing;
        if (input.passing) {
            auto passed = input.passing(QList<qint64>(candidates.cbegin(), candidates.cend()));
            if (!passed)
                return Error{passed.error()};
            passing = passed.value();
        }
        auto looked = lookUpRows(db, applied, candidates);
        if (!looked)
            return Error{looked.error()};
        QSqlQuery &rows = looked.value();
        constexpr double kAbsent = -std::numeric_limits<double>::infinity();
        QHash<qint64, std::vector<double>> best;
        best.reserve(qsizetype(candidates.size()));
        while (rows.next()) {
            const quint64 mask = termsOfTag.value(rows.value(1).toLongLong());
            if (mask == 0)
                continue;
            const qint64 asset = rows.value(0).toLongLong();
            const bool promoted = rows.value(2).toBool();
            const double confidence = rows.value(3).toDouble();
            const double score = promoted ? 1.0 : confidence;
            std::vector<double> &scores = best[asset];
            if (scores.empty())
                scores.assign(size_t(terms), kAbsent);
            for (int i = 0; i < terms; ++i)
                if (mask & (quint64(1) << i))
                    scores[size_t(i)] = std::max(scores[size_t(i)], score);
        }
        if (rows.lastError().isValid())
            return failed(rows);
        for (qint64 id : candidates) {
            if (input.passing && !passing.contains(id))
                continue;
            const auto found = best.constFind(id);
            if (found == best.cend())
                continue;   // not an applied row left (changed since the stream read it)
            Scored scored{id, true, 0.0};
            for (double score : found.value()) {
                if (score == kAbsent)
                    scored.all = false;
                else
                    scored.sum += score;
            }
            keep(scored);
        }
        return success();
    };

    // The best any asset not met yet can score: each term's walk is at its bound.
    const auto unseenBest = [&]() {
        Scored best{std::numeric_limits<qint64>::max(), true, 0.0};
        for (const TermStream &stream : streams) {
            if (stream.done())
                best.all = false;
            else
                best.sum += std::max(stream.bound(), 0.0);
        }
        return best;
    };

    size_t batch = size_t(std::max(input.limit, 16));
    for (;;) {
        bool moved = false;
        for (TermStream &stream : streams) {
            if (stream.done())
                continue;
            moved = true;
            const Row &row = stream.top();
            if (!seen.contains(row.assetId)) {
                seen.insert(row.assetId);
                pending.push_back(row.assetId);
            }
            if (Status advanced = stream.next(); !advanced)
                return Error{advanced.error()};
        }
        if (pending.size() >= batch || !moved) {
            if (Status evaluated = evaluate(); !evaluated)
                return Error{evaluated.error()};
            batch = std::min<size_t>(batch * 2, 256);
        }
        if (!moved)
            break;
        // The bound holds only once every asset met is scored.
        if (pending.empty() && input.limit > 0 && kept.size() == size_t(input.limit) && ranksBefore(kept.front(), unseenBest()))
            break;
    }

    return hitsOf(kept, terms);
}

// Streams first: the first row of an asset in a term's stream is its best for that term, so
// the streams alone score every asset they have all reached (a term's stream ending tells
// the asset lacks that term). Once the best `limit` fully scored assets outrank what any unmet
// asset could reach, the few partly scored assets that could still beat them are looked up
// at once (Fagin's combined algorithm): reading more index rows costs a fraction of a
// microsecond each, looking an asset up a few microseconds, so only the undecided pay that.
Result<QList<SearchHit>> walkStreamsFirst(const QSqlDatabase &db, const Applied &applied, const SmartTierWalk::Input &input,
                                          std::vector<TermStream> &streams)
{
    const int terms = int(streams.size());
    const quint64 everyTerm = terms == 64 ? ~quint64(0) : (quint64(1) << terms) - 1;
    struct Met {
        qint64 assetId;
        quint64 known;        // the terms with a score: their stream reached the asset, or it was looked up
        quint64 absent = 0;   // the terms a lookup found the asset lacks
    };
    std::vector<Met> met;
    std::vector<double> best;   // per asset met, `terms` scores (valid where known)
    QHash<qint64, qsizetype> indexOf;
    quint64 ended = 0;          // the terms whose stream is exhausted
    for (int i = 0; i < terms; ++i)
        if (streams[size_t(i)].done())
            ended |= quint64(1) << i;

    // Missing terms count 0 (the aggregating query's coalesce), summed in term order; with
    // `bounds`, a term not known yet counts its stream's bound instead (an upper bound).
    const auto scoreOf = [&](qsizetype index, bool bounds) {
        const Met &asset = met[size_t(index)];
        Scored scored{asset.assetId, true, 0.0};
        for (int i = 0; i < terms; ++i) {
            const quint64 bit = quint64(1) << i;
            if (asset.known & bit)
                scored.sum += best[size_t(index) * size_t(terms) + size_t(i)];
            else if (bounds && !(ended & bit) && !(asset.absent & bit))
                scored.sum += std::max(streams[size_t(i)].bound(), 0.0);
            else
                scored.all = false;
        }
        return scored;
    };
    const auto complete = [&](const Met &asset) { return ((asset.known | asset.absent | ended) & everyTerm) == everyTerm; };

    const QHash<qint64, quint64> termsOfTag = termsOfTags(input);
    // Scores the assets at `indexes` from all their applied rows, the way the aggregating query does.
    const auto lookUp = [&](const std::vector<qsizetype> &indexes) -> Status {
        std::vector<qint64> ids;
        QHash<qint64, qsizetype> asked;
        for (qsizetype index : indexes) {
            ids.push_back(met[size_t(index)].assetId);
            asked.insert(met[size_t(index)].assetId, index);
        }
        auto looked = lookUpRows(db, applied, ids);
        if (!looked)
            return Error{looked.error()};
        QSqlQuery &rows = looked.value();
        for (qsizetype index : indexes)
            met[size_t(index)].known = 0;
        while (rows.next()) {
            const quint64 mask = termsOfTag.value(rows.value(1).toLongLong());
            const bool promoted = rows.value(2).toBool();
            const double confidence = rows.value(3).toDouble();
            if (mask == 0)
                continue;
            const qsizetype index = asked.value(rows.value(0).toLongLong());
            const double score = promoted ? 1.0 : confidence;
            Met &asset = met[size_t(index)];
            for (int i = 0; i < terms; ++i) {
                const quint64 bit = quint64(1) << i;
                if (!(mask & bit))
                    continue;
                double &slot = best[size_t(index) * size_t(terms) + size_t(i)];
                slot = (asset.known & bit) ? std::max(slot, score) : score;
                asset.known |= bit;
            }
        }
        if (rows.lastError().isValid())
            return failed(rows);
        for (qsizetype index : indexes)
            met[size_t(index)].absent = everyTerm & ~met[size_t(index)].known;
        return success();
    };

    // Whether the page is certain: `limit` complete assets outrank every other's upper bound.
    std::vector<Scored> page;
    // Lookups stay within a 32nd of the rows read, in batches of the most promising assets: a
    // lookup costs tens of index rows (a random read of the primary key and the table per smart
    // row; more once the catalog outgrows the page cache), so reading on settles most of the
    // page for less (measured: bench search at 100 000 and 1 000 000 assets, 8 and 2 were slower).
    constexpr qsizetype kRowsPerLookup = 32;
    constexpr size_t kLookupBatch = 512;
    qsizetype rowsRead = 0;
    qsizetype lookedUp = 0;
    const auto completePage = [&]() {
        page.clear();
        for (qsizetype i = 0; i < qsizetype(met.size()); ++i)
            if (complete(met[size_t(i)]))
                page.push_back(scoreOf(i, false));
        if (page.size() < size_t(input.limit))
            return false;
        std::nth_element(page.begin(), page.begin() + (input.limit - 1), page.end(), ranksBefore);
        return true;
    };
    const auto certain = [&]() -> Result<bool> {
        Scored unmet{std::numeric_limits<qint64>::max(), true, 0.0};
        for (int i = 0; i < terms; ++i) {
            if (ended & (quint64(1) << i))
                unmet.all = false;
            else
                unmet.sum += std::max(streams[size_t(i)].bound(), 0.0);
        }
        for (;;) {
            const bool full = completePage();
            const Scored last = full ? page[size_t(input.limit - 1)]
                                     : Scored{std::numeric_limits<qint64>::min(), false, -std::numeric_limits<double>::infinity()};
            // The partly scored assets that could still reach the page.
            std::vector<std::pair<Scored, qsizetype>> undecided;
            for (qsizetype i = 0; i < qsizetype(met.size()); ++i) {
                if (complete(met[size_t(i)]))
                    continue;
                const Scored upper = scoreOf(i, true);
                if (!ranksBefore(last, upper))
                    undecided.push_back({upper, i});
            }
            const bool unmetOut = full && ranksBefore(last, unmet);
            if (unmetOut && undecided.empty()) {
                page.resize(size_t(input.limit));
                return true;
            }
            const qsizetype budget = rowsRead / kRowsPerLookup - lookedUp;
            if (undecided.empty() || budget <= 0)
                return false;
            // The most promising first: once complete they raise the page, which rules others out.
            const size_t batch = std::min({undecided.size(), size_t(budget), kLookupBatch});
            std::partial_sort(undecided.begin(), undecided.begin() + qsizetype(batch), undecided.end(),
                              [](const auto &a, const auto &b) { return ranksBefore(a.first, b.first); });
            std::vector<qsizetype> indexes;
            for (size_t i = 0; i < batch; ++i)
                indexes.push_back(undecided[i].second);
            if (Status looked = lookUp(indexes); !looked)
                return Error{looked.error()};
            lookedUp += qsizetype(batch);
            // Until no unmet asset can reach the page, reading on is what narrows it down.
            if (!unmetOut)
                return false;
        }
    };

    constexpr int kRowsBetweenChecks = 512;
    qsizetype sinceCheck = 0;
    for (;;) {
        // The stream with the highest bound reads on: the unmet bound is their sum, and reading
        // where the scores are highest keeps every stream's bound near the others' (on streams
        // of unequal lengths it falls with fewer rows than reading each in turn).
        int pick = -1;
        for (int i = 0; i < terms; ++i)
            if (!streams[size_t(i)].done() && (pick < 0 || streams[size_t(i)].bound() > streams[size_t(pick)].bound()))
                pick = i;
        const bool moved = pick >= 0;
        if (moved) {
            const int i = pick;
            TermStream &stream = streams[size_t(i)];
            const Row &row = stream.top();
            if (!input.metadataMatches.contains(row.assetId)) {
                auto found = indexOf.constFind(row.assetId);
                qsizetype index;
                if (found == indexOf.cend()) {
                    index = qsizetype(met.size());
                    indexOf.insert(row.assetId, index);
                    met.push_back({row.assetId, 0});
                    best.resize(best.size() + size_t(terms), 0.0);
                } else {
                    index = found.value();
                }
                Met &asset = met[size_t(index)];
                const quint64 bit = quint64(1) << i;
                if (!(asset.known & bit)) {
                    asset.known |= bit;
                    best[size_t(index) * size_t(terms) + size_t(i)] = row.score;
                }
            }
            if (Status advanced = stream.next(); !advanced)
                return Error{advanced.error()};
            if (stream.done())
                ended |= quint64(1) << i;
        }
        if (!moved)
            break;
        // A check costs one pass over the assets met: spaced by a quarter of that many rows,
        // checks cost a few times the reading at most, and stop it within a quarter of the end.
        ++sinceCheck;
        ++rowsRead;
        if (input.limit > 0 && sinceCheck >= std::max<qsizetype>(kRowsBetweenChecks, qsizetype(met.size()) / 4)) {
            sinceCheck = 0;
            auto done = certain();
            if (!done)
                return Error{done.error()};
            if (done.value())
                return hitsOf(page, terms);
        }
    }
    // Every stream ended: every asset met is complete.
    page.clear();
    for (qsizetype i = 0; i < qsizetype(met.size()); ++i)
        page.push_back(scoreOf(i, false));
    if (input.limit > 0 && page.size() > size_t(input.limit)) {
        std::partial_sort(page.begin(), page.begin() + input.limit, page.end(), ranksBefore);
        page.resize(size_t(input.limit));
    }
    return hitsOf(page, terms);
}

} // namespace

} // namespace tagsmith
