#include "commands.h"
#include "common.h"

#include "catalog/sql.h"
#include "catalog/syntheticcatalog.h"
#include "search/searchengine.h"
#include "search/similarity.h"
#include "search/syntheticsearchdata.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace tagsmith::cli {
namespace {

struct Latency {
    double p50 = 0;
    double p95 = 0;
};

// Milliseconds per call of `run` over `rounds` calls (after one warm-up call).
Latency measure(int rounds, const std::function<void(int)> &run)
{
    run(0);
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        timer.start();
        run(round);
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[size_t(std::ceil(q * double(ms.size()))) - 1]; };
    return {at(0.50), at(0.95)};
}

void addLatency(BenchFigures &figures, const QString &name, const Latency &latency)
{
    figures.add(name + QStringLiteral("_p50"), latency.p50, QStringLiteral("ms"));
    figures.add(name + QStringLiteral("_p95"), latency.p95, QStringLiteral("ms"));
}

// `count` queries of `terms` distinct vocabulary words each.
QStringList randomQueries(QRandomGenerator &random, int count, int terms)
{
    const QStringList words = syntheticSearchWords();
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        QStringList picked;
        while (picked.size() < terms) {
            const QString word = words.at(random.bounded(int(words.size())));
            if (!picked.contains(word))
                picked << word;
        }
        queries << picked.join(QLatin1Char(' '));
    }
    return queries;
}

// The unranked baseline: every asset whose name, title or description contains each term.
int likeScan(const QSqlDatabase &db, const QString &query)
{
    QStringList conditions;
    QVariantList values;
    for (const QString &term : query.split(QLatin1Char(' '))) {
        conditions << QStringLiteral("(name LIKE ? OR title LIKE ? OR description LIKE ?)");
        const QString pattern = QLatin1Char('%') + term + QLatin1Char('%');
        values << pattern << pattern << pattern;
    }
    auto rows = sql::exec(db, QStringLiteral("SELECT id FROM assets WHERE ") + conditions.join(QLatin1String(" AND ")), values);
    int count = 0;
    while (rows && rows.value().next())
        ++count;
    return count;
}

// The scalar baseline for similar: every stored vector as floats in memory (what a plain
// implementation keeps), one double-accumulated dot product per row, full sort.
struct FloatMatrix {
    std::vector<float> values;
    int dimension = 0;
    qsizetype rows() const { return dimension ? qsizetype(values.size()) / dimension : 0; }
};

FloatMatrix loadFloatMatrix(const QSqlDatabase &db, const QString &variant)
{
    FloatMatrix matrix;
    auto rows = sql::exec(db, QStringLiteral("SELECT vector FROM embeddings WHERE variant = ?"), {variant});
    while (rows && rows.value().next()) {
        const QByteArray blob = rows.value().value(0).toByteArray();
        const int dimension = int(blob.size() / qsizetype(sizeof(float)));
        if (matrix.dimension == 0)
            matrix.dimension = dimension;
        if (dimension != matrix.dimension)
            continue;
        const auto *begin = reinterpret_cast<const float *>(blob.constData());
        matrix.values.insert(matrix.values.end(), begin, begin + dimension);
    }
    return matrix;
}

void scalarScan(const FloatMatrix &matrix, const float *query)
{
    std::vector<std::pair<double, qsizetype>> scored(size_t(matrix.rows()));
    for (qsizetype row = 0; row < matrix.rows(); ++row) {
        const float *vector = matrix.values.data() + row * matrix.dimension;
        double dot = 0;
        for (int j = 0; j < matrix.dimension; ++j)
            dot += double(vector[j]) * query[j];
        scored[size_t(row)] = {-dot, row};
    }
    std::sort(scored.begin(), scored.end());
}

} // namespace

// A synthetic 100 000-asset catalog (manual tags, smart tags from four models, document
// text, a 1280-d unit embedding each); latency of ranked 1-, 2- and 3-term searches against
// an unranked single FTS MATCH and a LIKE scan, and of find-similar against a scalar scan.
int runBenchSearch(CliContext &context, const QStringList &arguments)
{
    const qsizetype assetsAt = arguments.indexOf(QStringLiteral("--assets"));
    const int assetCount = assetsAt >= 0 && assetsAt + 1 < arguments.size() ? arguments.at(assetsAt + 1).toInt() : 100'000;
    if (assetCount < 100) {
        context.err << tr("usage: tagsmith-cli bench search [--assets N (at least 100)] [--json]") << '\n';
        return 2;
    }
    // --keep FILE leaves the synthetic catalog behind for inspection.
    const qsizetype keepAt = arguments.indexOf(QStringLiteral("--keep"));
    QTemporaryDir scratch;
    const QString path = keepAt >= 0 && keepAt + 1 < arguments.size() ? arguments.at(keepAt + 1)
                                                                       : scratch.filePath(QStringLiteral("search.sqlite"));
    if (QFileInfo::exists(path)) {
        context.err << tr("%1 exists already; the benchmark fills a new catalog").arg(path) << '\n';
        return 2;
    }
    auto catalog = Catalog::open(path);
    if (!catalog) {
        context.err << catalog.error() << '\n';
        return 1;
    }
    BenchFigures figures(context);
    QElapsedTimer timer;
    timer.start();
    context.err << tr("filling a synthetic catalog of %1 assets...").arg(assetCount) << '\n';
    context.err.flush();
    Status filled = fillSyntheticCatalog(*catalog.value(), assetCount);
    if (filled)
        filled = fillSyntheticSearchData(*catalog.value());
    if (!filled) {
        context.err << filled.error() << '\n';
        return 1;
    }
    figures.add(QStringLiteral("catalog_assets"), assetCount, QStringLiteral("assets"));
    figures.add(QStringLiteral("fill_seconds"), timer.nsecsElapsed() / 1e9, QStringLiteral("s"));

    QSqlDatabase db = catalog.value()->connection();
    const SearchEngine engine(db);
    QRandomGenerator random(11);
    const int rounds = 40;
    for (int terms = 1; terms <= 3; ++terms) {
        const QStringList queries = randomQueries(random, rounds, terms);
        const QString prefix = QStringLiteral("search_%1_term").arg(terms);
        qint64 hits = 0;
        addLatency(figures, prefix, measure(rounds, [&](int i) {
            auto found = engine.search(queries.at(i), 50);
            hits += found ? found.value().size() : 0;
        }));
        if (hits == 0) {
            context.err << tr("the %1-term searches found nothing: the benchmark is broken").arg(terms) << '\n';
            return 1;
        }
        addLatency(figures, QStringLiteral("baseline_fts_match_%1_term").arg(terms), measure(rounds, [&](int i) {
            auto rows = sql::exec(db, QStringLiteral("SELECT rowid FROM asset_fts WHERE asset_fts MATCH ? LIMIT 50"),
                                  {queries.at(i)});
            while (rows && rows.value().next()) {}
        }));
        addLatency(figures, QStringLiteral("baseline_like_scan_%1_term").arg(terms), measure(rounds / 4, [&](int i) {
            (void)likeScan(db, queries.at(i));
        }));
    }
    // Words that only smart tag paths carry: tier 1 stays empty and every search aggregates
    // the smart tags of tens of thousands of assets (the worst case for a page).
    const QStringList smartOnly{QStringLiteral("animals"), QStringLiteral("scenes"), QStringLiteral("vehicles"),
                                QStringLiteral("generic"), QStringLiteral("cars")};
    addLatency(figures, QStringLiteral("search_smart_only_2_term"), measure(rounds, [&](int i) {
        (void)engine.search(smartOnly.at(i % 5) + QLatin1Char(' ') + smartOnly.at((i + 1 + i / 5) % 5), 50);
    }));
    // Every hit ranked instead of one page, for a UI that wants the total.
    const QStringList common = randomQueries(random, rounds, 1);
    addLatency(figures, QStringLiteral("search_1_term_all_hits"), measure(rounds / 4, [&](int i) {
        (void)engine.search(common.at(i), -1);
    }));
    auto all = engine.search(QStringLiteral("beach"), -1);
    if (all) {
        int tiers[3] = {0, 0, 0};
        for (const SearchHit &hit : all.value())
            ++tiers[int(hit.tier)];
        figures.add(QStringLiteral("hits_beach_metadata"), tiers[2], QStringLiteral("assets"));
        figures.add(QStringLiteral("hits_beach_smart_all"), tiers[1], QStringLiteral("assets"));
    }

    Similarity similarity(SyntheticSearchOptions().embeddingVariant);
    timer.restart();
    if (Status loaded = similarity.refresh(db); !loaded) {
        context.err << loaded.error() << '\n';
        return 1;
    }
    figures.add(QStringLiteral("similar_load_ms"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    figures.add(QStringLiteral("similar_vectors"), double(similarity.rows()), QStringLiteral("vectors"));
    figures.add(QStringLiteral("similar_memory"), double(similarity.memoryBytes()) / (1 << 20), QStringLiteral("MiB"));
    const qint64 maxId = sql::scalar(db, QStringLiteral("SELECT max(id) FROM assets")).toLongLong();
    std::vector<qint64> probes;
    for (int i = 0; i <= rounds; ++i)
        probes.push_back(1 + qint64(random.bounded(quint64(maxId))));
    bool similarFailed = false;
    addLatency(figures, QStringLiteral("similar"), measure(rounds, [&](int i) {
        auto nearest = similarity.nearest(db, probes[size_t(i)], 20);
        similarFailed = similarFailed || !nearest || nearest.value().size() != 20;
    }));
    if (similarFailed) {
        context.err << tr("find similar did not return 20 assets") << '\n';
        return 1;
    }
    const FloatMatrix floats = loadFloatMatrix(db, SyntheticSearchOptions().embeddingVariant);
    figures.add(QStringLiteral("baseline_similar_float_memory"), double(floats.values.size() * sizeof(float)) / (1 << 20),
                QStringLiteral("MiB"));
    addLatency(figures, QStringLiteral("baseline_similar_scalar_scan"), measure(rounds / 4, [&](int i) {
        scalarScan(floats, floats.values.data() + qsizetype(i) * floats.dimension);
    }));
    figures.print();
    return 0;
}

} // namespace tagsmith::cli
