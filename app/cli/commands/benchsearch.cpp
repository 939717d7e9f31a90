#include "commands.h"
#include "common.h"

#include "catalog/folderrepository.h"
#include "catalog/migrations.h"
#include "catalog/sql.h"
#include "catalog/syntheticcatalog.h"
#include "search/searchengine.h"
#include "search/similarity.h"
#include "search/syntheticscale.h"
#include "search/syntheticsearchdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

#include <sys/resource.h>

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

// The catalog file a run searches: a new one filled here, or with --cache DIR the one an
// earlier run of the same generator left for this size (filling a million assets takes
// minutes even when grown by SQL copies from the 100 000-asset one).
struct BenchCatalog {
    QString path;
    bool reused = false;
};

// Bump when the generated data changes, so stale cached catalogs are not reused.
constexpr int kGeneratorVersion = 1;
constexpr int kFilledByRows = 100'000;   // larger catalogs are grown from this many

QString cachedPath(const QString &dir, int assets)
{
    return QDir(dir).filePath(QStringLiteral("search-%1-g%2.sqlite").arg(assets).arg(kGeneratorVersion));
}

Status fill(const QString &path, int assetCount, const QString &cacheDir, CliContext &context)
{
    const int filled = std::min(assetCount, kFilledByRows);
    const QString base = cacheDir.isEmpty() ? QString() : cachedPath(cacheDir, filled);
    if (filled < assetCount && !base.isEmpty() && QFileInfo::exists(base)) {
        context.err << tr("copying the cached %1-asset catalog to grow it...").arg(filled) << '\n';
        context.err.flush();
        if (!QFile::copy(base, path))
            return Error{tr("cannot copy %1 to %2").arg(base, path)};
    } else {
        auto catalog = Catalog::open(path);
        if (!catalog)
            return Error{catalog.error()};
        context.err << tr("filling a synthetic catalog of %1 assets...").arg(filled) << '\n';
        context.err.flush();
        Status done = fillSyntheticCatalog(*catalog.value(), filled);
        if (done)
            done = fillSyntheticSearchData(*catalog.value());
        if (!done)
            return done;
        if (filled < assetCount && !base.isEmpty() && !QFileInfo::exists(base))
            QFile::copy(path, base);   // the next larger size starts from it; best effort
    }
    if (filled == assetCount)
        return success();
    auto catalog = Catalog::open(path);
    if (!catalog)
        return Error{catalog.error()};
    context.err << tr("growing it to %1 assets by copies...").arg(assetCount) << '\n';
    context.err.flush();
    return growSyntheticCatalog(*catalog.value(), assetCount);
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;   // kilobytes on Linux
}

QString argumentAfter(const QStringList &arguments, const QString &flag)
{
    const qsizetype at = arguments.indexOf(flag);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

} // namespace

// A synthetic catalog (100 000 assets unless --assets N; manual tags, smart tags from four
// models, document text, a 1280-d unit embedding each): catalog open and folder tree; latency
// of ranked 1-, 2- and 3-term searches (metadata words, words only smart tags carry, and
// mixes) against an unranked FTS MATCH, a LIKE scan and the aggregating smart-tier query in
// the same run; every hit of one term; find-similar against a scalar scan; peak memory.
int runBenchSearch(CliContext &context, const QStringList &arguments)
{
    const QString assetsText = argumentAfter(arguments, QStringLiteral("--assets"));
    const int assetCount = assetsText.isEmpty() ? 100'000 : assetsText.toInt();
    if (assetCount < 100) {
        context.err << tr("usage: tagsmith-cli bench search [--assets N (at least 100)] [--cache DIR] [--keep FILE] [--slowest] [--json]") << '\n';
        return 2;
    }
    // --keep FILE leaves the synthetic catalog behind for inspection; --cache DIR reuses one.
    const QString cacheDir = argumentAfter(arguments, QStringLiteral("--cache"));
    QTemporaryDir scratch;
    BenchCatalog bench;
    if (!cacheDir.isEmpty()) {
        if (!QDir().mkpath(cacheDir)) {
            context.err << tr("cannot create %1").arg(cacheDir) << '\n';
            return 1;
        }
        bench.path = cachedPath(cacheDir, assetCount);
        bench.reused = QFileInfo::exists(bench.path);
    } else {
        const QString keep = argumentAfter(arguments, QStringLiteral("--keep"));
        bench.path = keep.isEmpty() ? scratch.filePath(QStringLiteral("search.sqlite")) : keep;
        if (QFileInfo::exists(bench.path)) {
            context.err << tr("%1 exists already; the benchmark fills a new catalog").arg(bench.path) << '\n';
            return 2;
        }
    }
    BenchFigures figures(context);
    QElapsedTimer timer;
    timer.start();
    if (!bench.reused) {
        // Filled into a side file first, so an interrupted run leaves no half catalog in the cache.
        const QString filling = bench.path + QStringLiteral(".filling");
        QFile::remove(filling);
        Status filled = fill(filling, assetCount, cacheDir, context);
        if (filled && !QFile::rename(filling, bench.path))
            filled = Error{tr("cannot move %1 to %2").arg(filling, bench.path)};
        if (!filled) {
            context.err << filled.error() << '\n';
            return 1;
        }
        figures.add(QStringLiteral("fill_seconds"), timer.nsecsElapsed() / 1e9, QStringLiteral("s"));
    }
    figures.note(QStringLiteral("catalog"), bench.reused ? tr("reused %1").arg(bench.path) : tr("generated (generator %1)").arg(kGeneratorVersion));

    // What the app does at start: open (migrating a catalog from an older schema, which builds
    // the ranked index), then the folder tree with its counts.
    const int schemaBefore = [&] {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-search-probe"));
        probe.setDatabaseName(bench.path);
        const int version = probe.open() ? sql::scalar(probe, QStringLiteral("PRAGMA user_version"), {}, 0).toInt() : 0;
        probe.close();
        return version;
    }();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-search-probe"));
    timer.restart();
    auto catalog = Catalog::open(bench.path);
    if (!catalog) {
        context.err << catalog.error() << '\n';
        return 1;
    }
    QSqlDatabase db = catalog.value()->connection();
    figures.add(QStringLiteral("catalog_open_ms"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    figures.note(QStringLiteral("catalog_open_migrated"), schemaBefore == latestSchemaVersion()
                                                              ? tr("no (schema %1)").arg(schemaBefore)
                                                              : tr("yes, schema %1 to %2").arg(schemaBefore).arg(latestSchemaVersion()));
    const qint64 assetsInCatalog = sql::scalar(db, QStringLiteral("SELECT count(*) FROM assets")).toLongLong();
    if (assetsInCatalog != assetCount) {
        context.err << tr("%1 holds %2 assets, not %3").arg(bench.path).arg(assetsInCatalog).arg(assetCount) << '\n';
        return 1;
    }
    figures.add(QStringLiteral("catalog_assets"), assetCount, QStringLiteral("assets"));
    figures.add(QStringLiteral("catalog_file"), QFileInfo(bench.path).size() / double(1 << 20), QStringLiteral("MiB"));
    timer.restart();
    {
        FolderRepository folders(db);
        const auto tree = folders.folders();
        const auto counts = folders.assetCounts();
        if (!tree || !counts) {
            context.err << (tree ? counts.error() : tree.error()) << '\n';
            return 1;
        }
        figures.add(QStringLiteral("folder_tree_ms"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
        figures.add(QStringLiteral("folder_tree_folders"), double(tree.value().size()), QStringLiteral("folders"));
    }

    const SearchEngine engine(db);
    const SearchEngine scan(db, SmartTierPlan::FullScan);
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
    // Words that only smart tag paths carry: tier 1 stays empty and the page comes from the
    // smart tiers alone (before the ranked index, the worst case: every search aggregated the
    // smart tags of tens of thousands of assets). 1, 2 and 3 such words, and one metadata word
    // with one smart-only word; each against the aggregating query in the same run.
    const QStringList smartOnly{QStringLiteral("animals"), QStringLiteral("scenes"), QStringLiteral("vehicles"),
                                QStringLiteral("generic"), QStringLiteral("cars")};
    const QStringList words = syntheticSearchWords();
    const auto smartQuery = [&](int kind, int i) {
        const QString a = smartOnly.at(i % 5), b = smartOnly.at((i + 1 + i / 5) % 5), c = smartOnly.at((i + 3 + i / 5) % 5);
        switch (kind) {
        case 1: return a;
        case 2: return a + QLatin1Char(' ') + b;
        case 3: return a + QLatin1Char(' ') + b + QLatin1Char(' ') + c;
        default: return words.at((i * 7) % int(words.size())) + QLatin1Char(' ') + b;
        }
    };
    for (const auto &[kind, name] : {std::pair{1, "smart_only_1_term"}, std::pair{2, "smart_only_2_term"},
                                     std::pair{3, "smart_only_3_term"}, std::pair{4, "mixed_2_term"}}) {
        const int queryKind = kind;
        qint64 hits = 0;
        addLatency(figures, QStringLiteral("search_") + QLatin1String(name), measure(rounds, [&](int i) {
            auto found = engine.search(smartQuery(queryKind, i), 50);
            hits += found ? found.value().size() : 0;
        }));
        if (hits < qint64(rounds) * 50) {
            context.err << tr("the %1 searches returned short pages: the benchmark is broken").arg(QLatin1String(name)) << '\n';
            return 1;
        }
        addLatency(figures, QStringLiteral("baseline_scan_") + QLatin1String(name), measure(rounds / 4, [&](int i) {
            (void)scan.search(smartQuery(queryKind, i), 50);
        }));
        // --slowest: which of these queries set the p95, walked and aggregated once more each.
        if (arguments.contains(QStringLiteral("--slowest"))) {
            std::vector<std::pair<double, QString>> times;
            QElapsedTimer one;
            for (int i = 0; i < rounds; ++i) {
                one.start();
                (void)engine.search(smartQuery(queryKind, i), 50);
                times.push_back({one.nsecsElapsed() / 1e6, smartQuery(queryKind, i)});
            }
            std::sort(times.rbegin(), times.rend());
            for (size_t i = 0; i < std::min<size_t>(3, times.size()); ++i) {
                one.start();
                (void)scan.search(times[i].second, 50);
                context.err << QStringLiteral("%1 slowest: '%2' %3 ms (aggregating %4 ms)\n")
                                   .arg(QLatin1String(name), times[i].second).arg(times[i].first, 0, 'f', 1)
                                   .arg(one.nsecsElapsed() / 1e6, 0, 'f', 1);
            }
        }
    }
    // Every hit ranked instead of one page, for a UI that wants the total (the API counts
    // nothing beyond the page it is asked for).
    const QStringList common = randomQueries(random, rounds, 1);
    addLatency(figures, QStringLiteral("search_1_term_all_hits"), measure(rounds / 4, [&](int i) {
        (void)engine.search(common.at(i), -1);
    }));
    addLatency(figures, QStringLiteral("baseline_scan_1_term_all_hits"), measure(rounds / 4, [&](int i) {
        (void)scan.search(common.at(i), -1);
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
    figures.add(QStringLiteral("peak_rss_before_float_baseline"), peakRssMiB(), QStringLiteral("MiB"));
    // The float baseline holds 4 bytes per dimension per vector (5 GiB at a million): skipped
    // beyond a quarter million so the bench fits beside the other work on the machine.
    if (similarity.rows() > 250'000) {
        figures.note(QStringLiteral("baseline_similar_scalar_scan"), tr("skipped above 250 000 vectors (memory)"));
        figures.add(QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
        figures.print();
        return 0;
    }
    const FloatMatrix floats = loadFloatMatrix(db, SyntheticSearchOptions().embeddingVariant);
    figures.add(QStringLiteral("baseline_similar_float_memory"), double(floats.values.size() * sizeof(float)) / (1 << 20),
                QStringLiteral("MiB"));
    addLatency(figures, QStringLiteral("baseline_similar_scalar_scan"), measure(rounds / 4, [&](int i) {
        scalarScan(floats, floats.values.data() + qsizetype(i) * floats.dimension);
    }));
    figures.add(QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    figures.print();
    return 0;
}

} // namespace tagsmith::cli
