// Renders the browse window over the shared datasets and saves PNGs for docs/screenshots.
// Not a test: run it by hand after visual changes, then look at every picture.
#include "catalog/catalog.h"
#include "importing/importer.h"
#include "ui/assetgridmodel.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "ui/uploadprogressdialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace tagsmith;

namespace {

const QString kDatasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");

bool waitFor(const std::function<bool()> &condition, int milliseconds = 30000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(20);
    return condition();
}

void save(QWidget *widget, const QString &file)
{
    QApplication::processEvents();
    if (!widget->grab().save(file))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
    else
        std::printf("wrote %s\n", qPrintable(file));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TAGSMITH_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(out);

    QTemporaryDir work;
    const QString catalogPath = work.filePath(QStringLiteral("catalog.sqlite"));
    const QStringList folders{QStringLiteral("photos"), QStringLiteral("videos"), QStringLiteral("documents"), QStringLiteral("bad")};
    {
        auto catalog = Catalog::open(catalogPath);
        if (!catalog) {
            std::fprintf(stderr, "%s\n", qPrintable(catalog.error()));
            return 1;
        }
        QStringList paths;
        for (const QString &folder : folders)
            paths << kDatasets + QLatin1Char('/') + folder;
        Importer(catalog.value()).run(paths);
    }

    MainWindow window(catalogPath);
    window.resize(1400, 860);
    window.show();
    QSignalSpy foldersShown(&window, &MainWindow::foldersShown);
    if (!waitFor([&] { return foldersShown.count() > 0; }))
        return 2;
    for (const QString &folder : folders) {
        QSignalSpy shown(&window, &MainWindow::assetsShown);
        window.selectFolder(QDir(kDatasets + QLatin1Char('/') + folder).canonicalPath());
        waitFor([&] { return shown.count() > 0; });
        QTest::qWait(100);   // let the debounce start the visible thumbnails
        waitFor([&] { return window.thumbnailCache()->pendingCount() == 0; }, 60000);
        if (folder == QLatin1String("bad")) {
            // A broken file selected: its reason shows in red in the properties panel.
            auto *grid = window.findChild<QListView *>(QStringLiteral("assetGrid"));
            const QModelIndexList broken = grid->model()->match(grid->model()->index(0, 0), AssetGridModel::StatusRole,
                                                                int(AssetStatus::Failed), 1, Qt::MatchExactly);
            if (!broken.isEmpty())
                grid->setCurrentIndex(broken.first());
            QTest::qWait(300);
        }
        save(&window, out + QStringLiteral("/main-%1.png").arg(folder));
    }

    // EXIF-rotated photos must stand upright; the panel shows the camera facts.
    window.selectFolder(QDir(kDatasets + QStringLiteral("/photos")).canonicalPath());
    auto *grid = window.findChild<QListView *>(QStringLiteral("assetGrid"));
    waitFor([&] { return grid->model()->rowCount() > 100; });
    const QModelIndexList rotated = grid->model()->match(grid->model()->index(0, 0), Qt::DisplayRole,
                                                         QStringLiteral("kpa_pool_2.jpg"), 1, Qt::MatchExactly);
    if (!rotated.isEmpty()) {
        grid->setCurrentIndex(rotated.first());
        grid->scrollTo(rotated.first(), QAbstractItemView::PositionAtCenter);
        QTest::qWait(400);
        waitFor([&] { return window.thumbnailCache()->pendingCount() == 0; }, 60000);
        save(&window, out + QStringLiteral("/main-photos-exif-rotated.png"));
    }

    // A drop with a name collision and a broken file, into a writable folder.
    const QString target = work.filePath(QStringLiteral("uploads"));
    QDir().mkpath(target);
    QFile::copy(kDatasets + QStringLiteral("/photos/aloe_plant_pot.jpg"), target + QStringLiteral("/aloe_plant_pot.jpg"));
    QSignalSpy rootShown(&window, &MainWindow::uploadFinished);
    window.upload({target}, {});
    waitFor([&] { return rootShown.count() > 0; });
    window.uploadDialog()->close();
    QSignalSpy uploaded(&window, &MainWindow::uploadFinished);
    window.upload({kDatasets + QStringLiteral("/photos/aloe_plant_pot.jpg"), kDatasets + QStringLiteral("/photos/baboon_mandrill.jpg"),
                   kDatasets + QStringLiteral("/bad/truncated_half.png"), kDatasets + QStringLiteral("/bad/random_bytes.pdf")},
                  QDir(target).canonicalPath());
    waitFor([&] { return uploaded.count() > 0; });
    save(window.uploadDialog(), out + QStringLiteral("/drop-progress.png"));
    return 0;
}
