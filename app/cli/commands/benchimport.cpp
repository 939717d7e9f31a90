#include "commands.h"
#include "common.h"

#include "catalog/folderrepository.h"
#include "catalog/sql.h"
#include "catalog/syntheticcatalog.h"
#include "importing/contenthash.h"
#include "importing/filewalker.h"
#include "importing/importer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace tagsmith::cli {

// Cold import of the photos against a baseline that only reads and hashes the same files
// on the same threads; then the open time of a synthetic 100 000-asset catalog.
int runBenchImport(CliContext &context, const QStringList &arguments)
{
    const QString photos = sharedDataDir(arguments) + QStringLiteral("/datasets/photos");
    if (!QFileInfo(photos).isDir()) {
        context.err << tr("no photos folder at %1 (use --data DIR, the folder holding datasets/)").arg(photos) << '\n';
        return 2;
    }
    QTemporaryDir scratch;
    BenchFigures figures(context);

    const QList<FoundFile> files = walkFolder(photos).files;
    QElapsedTimer timer;
    timer.start();
    QThreadPool pool;
    QtConcurrent::blockingMap(&pool, files, [](const FoundFile &file) { (void)hashFile(file.path); });
    const double baselineSeconds = timer.nsecsElapsed() / 1e9;

    auto catalog = Catalog::open(scratch.filePath(QStringLiteral("photos.sqlite")));
    if (!catalog) {
        context.err << catalog.error() << '\n';
        return 1;
    }
    timer.restart();
    const ImportReport report = Importer(catalog.value()).run({photos});
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    figures.add(QStringLiteral("import_files"), report.added + report.failed, QStringLiteral("files"));
    figures.add(QStringLiteral("import_files_per_s"), (report.added + report.failed) / importSeconds, QStringLiteral("files/s"));
    figures.add(QStringLiteral("baseline_read_hash_files_per_s"), files.size() / baselineSeconds, QStringLiteral("files/s"));
    figures.add(QStringLiteral("import_vs_read_hash_ratio"), baselineSeconds / importSeconds, QStringLiteral("x"));

    const int syntheticCount = 100'000;
    const QString syntheticPath = scratch.filePath(QStringLiteral("synthetic.sqlite"));
    {
        auto synthetic = Catalog::open(syntheticPath);
        if (!synthetic) {
            context.err << synthetic.error() << '\n';
            return 1;
        }
        timer.restart();
        if (Status filled = fillSyntheticCatalog(*synthetic.value(), syntheticCount); !filled) {
            context.err << filled.error() << '\n';
            return 1;
        }
        figures.add(QStringLiteral("synthetic_fill_assets_per_s"), syntheticCount / (timer.nsecsElapsed() / 1e9), QStringLiteral("assets/s"));
    }
    // What the app does at start: open, migrate check, read the folder tree with counts, count assets.
    timer.restart();
    auto reopened = Catalog::open(syntheticPath);
    if (!reopened) {
        context.err << reopened.error() << '\n';
        return 1;
    }
    FolderRepository folders(reopened.value()->connection());
    const auto tree = folders.folders();
    const auto counts = folders.assetCounts();
    const int assets = sql::scalar(reopened.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM assets")).toInt();
    const double openMs = timer.nsecsElapsed() / 1e6;
    if (!tree || !counts || assets != syntheticCount) {
        context.err << tr("the synthetic catalog did not read back") << '\n';
        return 1;
    }
    figures.add(QStringLiteral("open_100k_catalog_ms"), openMs, QStringLiteral("ms"));
    figures.add(QStringLiteral("open_100k_catalog_target_ms"), 1000, QStringLiteral("ms"));
    figures.print();
    return 0;
}

} // namespace tagsmith::cli
