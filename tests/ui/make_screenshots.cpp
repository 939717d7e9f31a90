// Renders the browse window over the shared datasets and saves PNGs for docs/screenshots.
// Not a test: run it by hand after visual changes, then look at every picture.
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/tagrepository.h"
#include "importing/importer.h"
#include "jobs/jobrunner.h"
#include "ml/modelinstaller.h"
#include "processing/processingpipeline.h"
#include "ui/assetgridmodel.h"
#include "ui/mainwindow.h"
#include "ui/thumbnailcache.h"
#include "ui/uploadprogressdialog.h"
#include "ui/desktop/aboutdialog.h"
#include "ui/desktop/preferencesdialog.h"
#include "ui/desktop/recentcatalogs.h"
#include "ui/desktop/shortcutsdialog.h"
#include "ui/desktop/windowhost.h"
#include "ui/search/searchbar.h"
#include "ui/tags/managetagsdialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace tagsmith;

int csvScreenshots(const QString &out);   // csvscreenshots.cpp

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

// A new catalog at `catalogPath` with `folder` imported; null when it cannot be opened.
CatalogPtr importedCatalog(const QString &catalogPath, const QString &folder)
{
    auto catalog = Catalog::open(catalogPath);
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error()));
        return {};
    }
    Importer(catalog.value()).run({folder});
    return catalog.value();
}

// Manage Tags on three dog photos and a search with all three tiers, over the photos folder
// with tags set as a user and the models would have: manual on one, smart on the others.
int tagScreenshots(const QString &out)
{
    QTemporaryDir work;
    const QString catalogPath = work.filePath(QStringLiteral("catalog.sqlite"));
    const QString photos = QDir(kDatasets + QStringLiteral("/photos")).canonicalPath();
    {
        const CatalogPtr catalog = importedCatalog(catalogPath, photos);
        if (!catalog)
            return 1;
        QSqlDatabase db = catalog->connection();
        TagRepository tags(db);
        auto check = [](const Status &status) {
            if (!status)
                std::fprintf(stderr, "%s\n", qPrintable(status.error()));
        };
        auto id = [&](const char *name) {
            auto found = AssetRepository(db).findByPath(photos + QLatin1Char('/') + QLatin1String(name));
            return found && found.value() ? found.value()->id : 0;
        };
        const qint64 park = id("dogs_samoyed_park_phone.jpg"), roots = id("dogs_samoyed_tree_roots_whatsapp.jpg"),
                     window = id("dog_at_window_portrait.jpg"), bicycle = id("dog_bicycle_truck_darknet.jpg");
        check(tags.addManualTag(park, QStringLiteral("dog")));
        check(tags.addManualTag(park, QStringLiteral("park")));
        check(tags.addManualTag(park, QStringLiteral("trips/lake-geneva")));
        check(tags.setSmartTag(park, QStringLiteral("animal/dog/samoyed"), QStringLiteral("pets"), 2, 0.96));
        check(tags.setSmartTag(park, QStringLiteral("grass"), QStringLiteral("generic"), 1, 0.72));
        check(tags.setSmartTag(roots, QStringLiteral("dog"), QStringLiteral("pets"), 2, 0.93));
        check(tags.setSmartTag(roots, QStringLiteral("park"), QStringLiteral("places"), 1, 0.81));
        check(tags.setSmartTag(roots, QStringLiteral("animal/dog/samoyed"), QStringLiteral("pets"), 2, 0.89));
        check(tags.setSmartTag(roots, QStringLiteral("tree"), QStringLiteral("generic"), 1, 0.64));
        check(tags.setSmartTag(window, QStringLiteral("dog"), QStringLiteral("pets"), 2, 0.88));
        check(tags.setSmartTag(window, QStringLiteral("window"), QStringLiteral("generic"), 1, 0.77));
        check(tags.setSmartTag(bicycle, QStringLiteral("dog"), QStringLiteral("pets"), 2, 0.74));
        check(tags.setSmartTag(bicycle, QStringLiteral("bicycle"), QStringLiteral("generic"), 1, 0.91));
        check(tags.moderate(bicycle, QStringLiteral("bicycle"), TagState::Promoted));
    }

    MainWindow window(catalogPath);
    window.resize(1400, 860);
    window.show();
    auto *grid = window.findChild<QListView *>(QStringLiteral("assetGrid"));
    if (!waitFor([&] { return grid->model()->rowCount() > 100; }))
        return 2;
    auto *search = window.findChild<SearchBar *>(QStringLiteral("searchField"));
    QSignalSpy shown(&window, &MainWindow::assetsShown);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("dog park"));
    waitFor([&] { return shown.count() > 0; });
    QTest::qWait(100);
    waitFor([&] { return window.thumbnailCache()->pendingCount() == 0; }, 60000);
    save(&window, out + QStringLiteral("/search-tiers.png"));

    // Manage Tags on the three samoyed and window photos.
    grid->selectionModel()->clearSelection();
    for (int row = 0; row < grid->model()->rowCount(); ++row) {
        const QString name = grid->model()->index(row, 0).data().toString();
        if (name.startsWith(QLatin1String("dogs_samoyed_park")) || name.startsWith(QLatin1String("dogs_samoyed_tree"))
            || name.startsWith(QLatin1String("dog_at_window")))
            grid->selectionModel()->select(grid->model()->index(row, 0), QItemSelectionModel::Select);
    }
    const QList<QAction *> actions = grid->actions();
    for (QAction *action : actions)
        if (action->objectName() == QLatin1String("manageTagsAction"))
            action->trigger();
    ManageTagsDialog *dialog = nullptr;
    if (!waitFor([&] { return (dialog = window.findChild<ManageTagsDialog *>()) != nullptr; }))
        return 3;
    QSignalSpy loaded(dialog, &ManageTagsDialog::tagsLoaded);
    waitFor([&] { return loaded.count() > 0; });
    auto *smart = dialog->findChild<QTreeWidget *>(QStringLiteral("smartTags"));
    smart->setCurrentItem(smart->topLevelItem(1));
    save(dialog, out + QStringLiteral("/manage-tags.png"));
    return 0;
}

// A document selected in the documents folder: its keywords (from the text job) are smart tags
// with their confidence in the properties panel. The text jobs run before the window opens.
int documentScreenshot(const QString &out)
{
    QTemporaryDir work;
    const QString catalogPath = work.filePath(QStringLiteral("catalog.sqlite"));
    const QString documents = QDir(kDatasets + QStringLiteral("/documents")).canonicalPath();
    {
        const CatalogPtr catalog = importedCatalog(catalogPath, documents);
        if (!catalog)
            return 1;
        // No model folder: thumbnails and document text run, smart tags of images wait.
        const ProcessingHandlers processing = makeProcessingHandlers(catalog, work.filePath(QStringLiteral("no-models")));
        if (Status ran = JobRunner(catalog, processing.handlers).runUntilIdle(); !ran)
            std::fprintf(stderr, "%s\n", qPrintable(ran.error()));
    }
    // The window's own processing finds the models where the app looks (the status bar would
    // otherwise say "Smart tags off" beside the keywords).
    ml::ModelInstaller::install(kDatasets + QStringLiteral("/../models"),
                                QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/models"));
    MainWindow window(catalogPath);
    window.resize(1400, 860);
    window.show();
    auto *grid = window.findChild<QListView *>(QStringLiteral("assetGrid"));
    QSignalSpy shown(&window, &MainWindow::assetsShown);
    window.selectFolder(documents);
    if (!waitFor([&] { return shown.count() > 0 && grid->model()->rowCount() > 10; }))
        return 2;
    const QModelIndexList found = grid->model()->match(grid->model()->index(0, 0), Qt::DisplayRole,
                                                       QStringLiteral("debian_history_en.pdf"), 1, Qt::MatchExactly);
    if (found.isEmpty())
        return 3;
    grid->setCurrentIndex(found.first());
    grid->scrollTo(found.first(), QAbstractItemView::PositionAtCenter);
    auto *panel = window.findChild<QTextBrowser *>(QStringLiteral("propertiesPanel"));
    waitFor([&] { return panel->toPlainText().contains(QStringLiteral("keywords/")); });
    QTest::qWait(300);
    waitFor([&] { return window.thumbnailCache()->pendingCount() == 0; }, 60000);
    save(&window, out + QStringLiteral("/document-keywords.png"));
    return 0;
}

} // namespace

// Preferences, Help > About, the shortcuts list and File > Open Recent after a switch of catalogs.
int desktopScreenshots(const QString &out)
{
    QTemporaryDir work;
    const QString photosCatalog = work.filePath(QStringLiteral("photos.sqlite"));
    const QString videosCatalog = work.filePath(QStringLiteral("videos.sqlite"));
    // The catalog switched to keeps its footage in nested folders, as people do: the tree then has
    // rows below the File menu (one root alone sits under it and the pane looks blank), and nine
    // videos fit the grid (a handle filling 89 % of the track read as "scrolled to the bottom").
    const QString footage = QDir(work.path()).canonicalPath() + QStringLiteral("/footage");
    const QStringList videos = QDir(kDatasets + QStringLiteral("/videos")).entryList(
        {QStringLiteral("*.mp4"), QStringLiteral("*.mkv"), QStringLiteral("*.mov"), QStringLiteral("*.webm"), QStringLiteral("*.avi")},
        QDir::Files, QDir::Name);
    const QStringList places{QStringLiteral("2022/spring/holiday"), QStringLiteral("2022/autumn/studio"), QStringLiteral("2023/concert"),
                             QStringLiteral("2023/wedding/ceremony"), QStringLiteral("2024/campus/drone"), QStringLiteral("2024/pets/dogs"),
                             QStringLiteral("b-roll/city/night"), QStringLiteral("b-roll/underwater"), QStringLiteral("archive/tapes")};
    for (int i = 0; i < std::min(videos.size(), places.size()); ++i) {
        QDir().mkpath(footage + QLatin1Char('/') + places.at(i));
        QFile::copy(kDatasets + QStringLiteral("/videos/") + videos.at(i), footage + QLatin1Char('/') + places.at(i) + QLatin1Char('/') + videos.at(i));
    }
    if (!importedCatalog(photosCatalog, QDir(kDatasets + QStringLiteral("/photos")).canonicalPath())
        || !importedCatalog(videosCatalog, footage))
        return 1;
    QSettings().remove(RecentCatalogs::settingsKey());
    RecentCatalogs::add(work.filePath(QStringLiteral("archive 2024.sqlite")));
    RecentCatalogs::add(videosCatalog);
    WindowHost host(photosCatalog);
    host.window()->resize(1200, 760);
    host.window()->show();
    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    if (!waitFor([&] { return host.window()->findChild<QListView *>(QStringLiteral("assetGrid"))->model()->rowCount() > 0; }))
        return 2;
    host.window()->switchCatalog(videosCatalog);
    if (!waitFor([&] { return replaced.count() > 0; }))
        return 3;
    MainWindow *window = host.window();
    window->resize(1200, 760);
    auto *grid = window->findChild<QListView *>(QStringLiteral("assetGrid"));
    if (!waitFor([&] { return grid->model()->rowCount() > 0; }))
        return 4;
    window->findChild<QTreeView *>(QStringLiteral("folderTree"))->expandAll();
    waitFor([&] { return window->thumbnailCache()->pendingCount() == 0; }, 60000);
    QTest::qWait(200);

    // Popups are windows of their own: grab them and paint them where they open.
    QPixmap shot = window->grab();
    QMenu *fileMenu = window->menuBar()->actions().constFirst()->menu();
    auto *recent = window->findChild<QMenu *>(QStringLiteral("recentCatalogsMenu"));
    Q_EMIT recent->aboutToShow();
    const QPoint fileAt = window->menuBar()->actionGeometry(window->menuBar()->actions().constFirst()).bottomLeft()
                          + window->menuBar()->pos();
    fileMenu->popup(window->mapToGlobal(fileAt));
    QApplication::processEvents();
    const QPixmap filePixmap = fileMenu->grab();
    const QRect recentRow = fileMenu->actionGeometry(recent->menuAction());
    recent->popup(fileMenu->mapToGlobal(recentRow.topRight()));
    QApplication::processEvents();
    const QPixmap recentPixmap = recent->grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(fileAt, filePixmap);
        painter.drawPixmap(fileAt + QPoint(recentRow.right(), recentRow.top()), recentPixmap);
    }
    recent->hide();
    fileMenu->hide();
    if (!shot.save(out + QStringLiteral("/catalog-switch.png")))
        return 5;
    std::printf("wrote %s\n", qPrintable(out + QStringLiteral("/catalog-switch.png")));

    PreferencesDialog preferences(160, Catalog::open(videosCatalog).value(), window);
    preferences.show();
    waitFor([&] { return preferences.findChild<QWidget *>(QStringLiteral("objectThreshold"))->isEnabled(); });
    save(&preferences, out + QStringLiteral("/preferences.png"));

    ShortcutsDialog shortcuts(window->menuBar(), window);
    shortcuts.resize(520, 720);
    shortcuts.show();
    save(&shortcuts, out + QStringLiteral("/shortcuts.png"));

    // The packs of ../shared/models, installed as `tagsmith-cli models install` does.
    const QString models = work.filePath(QStringLiteral("models"));
    ml::ModelInstaller::install(QStringLiteral(TAGSMITH_SHARED_DIR "/models"), models);
    AboutDialog about(models, window);
    about.resize(980, 560);
    about.show();
    save(&about, out + QStringLiteral("/about.png"));
    return 0;
}

int tagPanelScreenshots(const QString &out);   // screenshots_tagpanel.cpp

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TAGSMITH_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(out);
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("--tags-only"))
        return tagScreenshots(out);
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("--desktop-only"))
        return desktopScreenshots(out);
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("--csv-only"))
        return csvScreenshots(out);
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("--documents-only"))
        return documentScreenshot(out);
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("--tag-panel-only"))
        return tagPanelScreenshots(out);

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
    if (const int failed = documentScreenshot(out))
        return failed;
    if (const int failed = tagPanelScreenshots(out))
        return failed;
    if (const int failed = csvScreenshots(out))
        return failed;
    return tagScreenshots(out);
}
