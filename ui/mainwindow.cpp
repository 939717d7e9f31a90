#include "mainwindow.h"

#include "processingservice.h"

#include "assetdelegate.h"
#include "assetgridmodel.h"
#include "assetgridview.h"
#include "catalogloader.h"
#include "foldertreemodel.h"
#include "foldertreeview.h"
#include "folderwatcher.h"
#include "jobspanel.h"
#include "previewdialog.h"
#include "propertiespanel.h"
#include "thumbnailcache.h"
#include "training/modelsview.h"
#include "training/trainingwizard.h"
#include "search/resultbadgedelegate.h"
#include "search/searchbar.h"
#include "search/searchcontroller.h"
#include "tags/managetagsdialog.h"
#include "tags/tagactions.h"
#include "uploadprogressdialog.h"
#include "videothresholdsdialog.h"
#include "workerthread.h"
#include "desktop/aboutdialog.h"
#include "desktop/catalogcheck.h"
#include "desktop/csvtransfer.h"
#include "desktop/fileactions.h"
#include "services/folderremoval.h"
#include "desktop/preferencesdialog.h"
#include "desktop/recentcatalogs.h"
#include "desktop/shortcutsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QMenuBar>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace tagsmith {
namespace {

constexpr int kMinThumbnail = 64;
constexpr int kMaxThumbnail = 256;
constexpr int kThumbnailStep = 32;
constexpr int kKeepPages = 3;   // pixmaps further than this many screens away are dropped

} // namespace

MainWindow::MainWindow(const QString &catalogPath, QWidget *parent) : QMainWindow(parent), m_catalogPath(catalogPath)
{
    setWindowTitle(tr("Tagsmith"));
    buildWidgets();
    buildActions();
    restoreSettings();

    m_loader = new CatalogLoader(catalogPath);
    connect(m_loader, &CatalogLoader::opened, this, &MainWindow::catalogOpened);
    connect(m_loader, &CatalogLoader::failed, this, &MainWindow::showError);
    connect(m_loader, &CatalogLoader::foldersLoaded, this, &MainWindow::showFolders);
    connect(m_loader, &CatalogLoader::assetsLoaded, this, &MainWindow::showAssets);
    connect(m_loader, &CatalogLoader::detailsLoaded, this, [this](const AssetDetails &details, const ExifInfo &exif) {
        if (details.asset.id == m_detailsFor)
            m_properties->showDetails(details, exif);
    });
    connect(m_loader, &CatalogLoader::videoTagsLoaded, m_properties, &PropertiesPanel::showVideoTags);
    m_loaderThread = new WorkerThread(m_loader, QStringLiteral("catalog"), this);
    m_status->setText(tr("Opening %1…").arg(catalogPath));
    QMetaObject::invokeMethod(m_loader, [loader = m_loader] { loader->open(); }, Qt::QueuedConnection);
}

MainWindow::~MainWindow()
{
    // Stop the upload and the job queue first: their threads' owners wait for the running step to return.
    if (m_uploadJob)
        m_uploadJob->cancel();
    if (m_processing)
        m_processing->stop();
    delete m_processingThread;
    delete m_uploadThread;
    delete m_loaderThread;
}

void MainWindow::buildWidgets()
{
    m_folderModel = new FolderTreeModel(this);
    m_tree = new FolderTreeView;
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_tree->setModel(m_folderModel);

    m_gridModel = new AssetGridModel(this);
    m_thumbnails = new ThumbnailCache(96LL << 20, this);
    m_delegate = new ResultBadgeDelegate(m_thumbnails, this);
    m_grid = new AssetGridView;
    m_grid->setObjectName(QStringLiteral("assetGrid"));
    m_grid->setModel(m_gridModel);
    m_grid->setItemDelegate(m_delegate);

    m_properties = new PropertiesPanel;
    m_properties->setObjectName(QStringLiteral("propertiesPanel"));

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_properties);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 700, 300});
    setCentralWidget(m_splitter);

    m_status = new QLabel;
    m_jobProgress = new QProgressBar;
    m_jobProgress->setMaximumWidth(220);
    m_jobProgress->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_jobProgress);
    m_smartTagsOff = new QLabel;
    m_smartTagsOff->setVisible(false);
    statusBar()->addPermanentWidget(m_smartTagsOff);

    m_jobsPanel = new JobsPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsPanel);
    resizeDocks({m_jobsPanel}, {220}, Qt::Vertical);
    m_jobsPanel->hide();   // until the user opens it; restoreSettings() brings back the last layout

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            selectFolder(current.data(FolderTreeModel::PathRole).toString());
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_grid, &QAbstractItemView::activated, this, &MainWindow::openPreview);
    connect(m_properties, &PropertiesPanel::seekRequested, this, &MainWindow::previewAt);
    connect(m_grid, &AssetGridView::scrollSettled, this, &MainWindow::dropFarThumbnails);
    connect(m_grid, &AssetGridView::filesDropped, this, [this](const QStringList &paths) {
        if (m_currentFolder.isEmpty()) {
            m_status->setText(tr("Choose a folder in the tree first: dropped files are copied into it."));
            return;
        }
        upload(paths, m_currentFolder);
    });
    connect(m_tree, &FolderTreeView::filesDropped, this, &MainWindow::upload);
    connect(m_tree, &FolderTreeView::rootsDropped, this, [this](const QStringList &folders) { upload(folders, {}); });
    connect(m_tree, &FolderTreeView::rescanRequested, this, [this](const QString &folder) { upload({folder}, {}); });
    connect(m_tree, &FolderTreeView::removeFailed, this, &MainWindow::showError);
    connect(m_tree, &FolderTreeView::folderRemoved, this, [this](const FolderRemovalReport &report) {
        m_status->setText(tr("Removed %1 (%n asset(s)) from the catalog; no file was touched.", nullptr, report.assets).arg(report.folder));
        QMetaObject::invokeMethod(m_loader, [loader = m_loader] { loader->loadFolders(); }, Qt::QueuedConnection);
        if (m_processing)
            m_processing->refresh();   // the folder's queued jobs went with it
    });
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](qint64 assetId) {
        const int row = m_gridModel->rowOf(assetId);
        if (row >= 0)
            m_grid->viewport()->update(m_grid->visualRect(m_gridModel->index(row)));
    });
}

void MainWindow::buildActions()
{
    // Menus in the order desktop users look for them; the Tags actions are made with the grid's
    // context menu (buildSearchAndTags) and added to Edit and Tags afterwards.
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *tagsMenu = menuBar()->addMenu(tr("&Tags"));
    QMenu *modelsMenu = menuBar()->addMenu(tr("&Models"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));

    QAction *newCatalog = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Catalog…"),
                                              this, &MainWindow::newCatalog);
    newCatalog->setObjectName(QStringLiteral("newCatalogAction"));
    newCatalog->setShortcut(QKeySequence::New);
    QAction *openCatalog = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Catalog…"),
                                               this, &MainWindow::openCatalogFile);
    openCatalog->setObjectName(QStringLiteral("openCatalogAction"));
    openCatalog->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentCatalogsMenu"));
    m_recentMenu->setProperty(ShortcutsDialog::ListsNoItems, true);   // file names, not commands
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    fileMenu->addSeparator();
    QAction *importAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Folder…"),
                                                this, &MainWindow::importFolder);
    importAction->setObjectName(QStringLiteral("importFolderAction"));
    importAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_fileActions = new FileActions(this, [this] { return selectedPaths(); }, [this] { return m_currentFolder; });
    connect(m_fileActions, &FileActions::catalogEdited, this, &MainWindow::selectionChanged);
    fileMenu->addActions({m_fileActions->importCsv(), m_fileActions->exportCsv()});
    fileMenu->addSeparator();
    fileMenu->addActions({m_tree->rescanAction(), m_tree->removeAction()});   // the tree's current folder
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                                              this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    // Platforms without a standard Quit key (the generic and offscreen ones) still get Ctrl+Q.
    quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                                 ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                 : QKeySequence::keyBindings(QKeySequence::Quit));
    quitAction->setMenuRole(QAction::QuitRole);

    QAction *selectAll = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-select-all")), tr("Select &All"),
                                             this, [this] { m_grid->selectAll(); });
    selectAll->setObjectName(QStringLiteral("selectAllAction"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    editMenu->addAction(m_fileActions->writeMetadata());
    editMenu->addSeparator();
    m_editTagsAnchor = editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"),
                                               this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);

    QAction *zoomIn = viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("&Larger Thumbnails"), this,
                                          [this] { setThumbnailSize(m_delegate->thumbnailSize() + kThumbnailStep); });
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("&Smaller Thumbnails"), this,
                                           [this] { setThumbnailSize(m_delegate->thumbnailSize() - kThumbnailStep); });
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *preview = viewMenu->addAction(tr("&Preview"), this, [this] { openPreview(m_grid->currentIndex()); });
    preview->setObjectName(QStringLiteral("previewAction"));
    preview->setShortcut(Qt::Key_Space);
    QAction *jobs = m_jobsPanel->toggleViewAction();
    jobs->setObjectName(QStringLiteral("jobsPanelAction"));
    jobs->setShortcut(Qt::CTRL | Qt::Key_J);
    viewMenu->addAction(jobs);
    viewMenu->addSeparator();

    QMenu *sortMenu = viewMenu->addMenu(tr("S&ort By"));
    m_sortActions = new QActionGroup(this);
    const std::pair<AssetSort, QString> sorts[] = {{AssetSort::Name, tr("&Name")},
                                                   {AssetSort::Date, tr("&Date Modified")},
                                                   {AssetSort::Size, tr("&Size")},
                                                   {AssetSort::Type, tr("&Type")}};
    int key = Qt::Key_1;
    for (const auto &[sort, label] : sorts) {
        QAction *action = sortMenu->addAction(label, this, [this, sort = sort] { setSort(sort); });
        action->setCheckable(true);
        action->setData(int(sort));
        // Ctrl+Alt+1..4 as in file managers' "sort by" (Nautilus, Dolphin use Ctrl+1.. for view modes).
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(key++)));
        m_sortActions->addAction(action);
    }

    // Tag models: the wizard and the Models view are windows of their own, so browsing goes on.
    modelsMenu->addAction(tr("&New Tag Model…"), this, [this] {
        const QString modelsDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/models");
        auto *wizard = new TrainingWizard(m_catalogPath, modelsDir, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
    })->setObjectName(QStringLiteral("newTagModelAction"));
    modelsMenu->addAction(tr("&Manage Models…"), this, [this] {
        if (!m_catalog)
            return;   // still opening: the view works on the app's one catalog
        auto *models = new ModelsView(m_catalog, this);
        models->setAttribute(Qt::WA_DeleteOnClose);
        // A restored version or a model moved to the other video set queued re-tagging: run it now.
        const auto kick = [this] {
            if (m_processing)
                QMetaObject::invokeMethod(m_processing, [service = m_processing] { service->run(); }, Qt::QueuedConnection);
        };
        connect(models, &ModelsView::restoreFinished, this, kick);
        connect(models, &ModelsView::kindSaved, this, kick);
        models->show();
    })->setObjectName(QStringLiteral("manageModelsAction"));
    modelsMenu->addAction(tr("&Video Tag Thresholds…"), this, [this] {
        auto *dialog = new VideoThresholdsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    })->setObjectName(QStringLiteral("videoThresholdsAction"));

    QAction *shortcuts = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("input-keyboard")), tr("&Keyboard Shortcuts…"),
                                             this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    QAction *about = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Tagsmith"),
                                         this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(importAction);
    toolBar->addSeparator();
    toolBar->addAction(zoomOut);
    toolBar->addAction(zoomIn);
    toolBar->addSeparator();
    auto *searchBar = new SearchBar;
    m_search = searchBar;
    m_search->setMaximumWidth(320);
    toolBar->addWidget(m_search);
    buildSearchAndTags(searchBar);

    const QList<QAction *> tagActions = m_grid->actions();
    editMenu->insertAction(m_editTagsAnchor, tagActions.constFirst());   // Manage Tags
    tagsMenu->addActions(tagActions);
    m_tagActions = new TagActions(this, m_grid, m_search, {editMenu, viewMenu, tagsMenu});
    connect(m_tagActions, &TagActions::tagsChanged, this, &MainWindow::selectionChanged);
}

// Search and Find Similar fill the grid with what the search worker answers; Manage Tags works
// on the grid's selection.
void MainWindow::buildSearchAndTags(SearchBar *searchBar)
{
    m_searchController = new SearchController(searchBar, static_cast<ResultBadgeDelegate *>(m_delegate), this);
    connect(m_searchController, &SearchController::resultsShown, this, [this](const QList<AssetSummary> &assets, const QString &status) {
        ++m_assetsRequest;   // a folder listing still on its way must not replace the results
        m_gridModel->setAssets(assets);
        m_properties->showNoSelection();
        m_detailsFor = 0;
        m_status->setText(status);
        Q_EMIT assetsShown(int(assets.size()));
    });
    connect(m_searchController, &SearchController::searchCleared, this, &MainWindow::requestAssets);
    connect(m_searchController, &SearchController::failed, this, &MainWindow::showError);

    auto *manageTags = new QAction(tr("Manage &Tags…"), this);
    manageTags->setObjectName(QStringLiteral("manageTagsAction"));
    manageTags->setShortcut(Qt::CTRL | Qt::Key_T);
    manageTags->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(manageTags, &QAction::triggered, this, &MainWindow::manageTags);
    auto *findSimilar = new QAction(tr("Find &Similar"), this);
    findSimilar->setObjectName(QStringLiteral("findSimilarAction"));
    findSimilar->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findSimilar, &QAction::triggered, this, &MainWindow::findSimilar);
    auto *rerun = new QAction(tr("&Re-run Smart Tags"), this);
    rerun->setObjectName(QStringLiteral("rerunSmartTagsAction"));
    connect(rerun, &QAction::triggered, this, &MainWindow::rerunSmartTags);
    m_grid->addAction(manageTags);
    m_grid->addAction(findSimilar);
    m_grid->addAction(rerun);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::manageTags()
{
    const QModelIndexList selected = m_grid->selectionModel()->selectedIndexes();
    if (!m_catalog || selected.isEmpty())
        return;
    QList<qint64> ids;
    QStringList paths;
    for (const QModelIndex &index : selected) {
        ids << index.data(AssetGridModel::AssetIdRole).toLongLong();
        paths << index.data(AssetGridModel::PathRole).toString();
    }
    auto *dialog = new ManageTagsDialog(m_catalog, ids, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ManageTagsDialog::tagsChanged, this, &MainWindow::selectionChanged);
    connect(dialog, &ManageTagsDialog::tagsChanged, m_tagActions, &TagActions::refresh);
    dialog->show();
}

void MainWindow::findSimilar()
{
    const QModelIndex current = m_grid->currentIndex();
    if (current.isValid())
        m_searchController->findSimilar(current.data(AssetGridModel::AssetIdRole).toLongLong(), current.data().toString());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: Qt would size the window to its widgets' hints (768 x 268), far too small.
        const QRect available = screen()->availableGeometry();
        resize(firstStartSize(available));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_delegate->setThumbnailSize(std::clamp(settings.value(QStringLiteral("grid/thumbnailSize"), 160).toInt(),
                                            kMinThumbnail, kMaxThumbnail));
    m_sort = AssetSort(std::clamp(settings.value(QStringLiteral("grid/sort"), 0).toInt(), 0, int(AssetSort::Type)));
    const QList<QAction *> actions = m_sortActions->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() == int(m_sort));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("grid/thumbnailSize"), m_delegate->thumbnailSize());
    settings.setValue(QStringLiteral("grid/sort"), int(m_sort));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

QSize MainWindow::firstStartSize(const QRect &available)
{
    const QSize wanted(std::max(1100, available.width() * 7 / 10), std::max(700, available.height() * 7 / 10));
    return wanted.boundedTo(available.size());
}

void MainWindow::newCatalog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Catalog"), QFileInfo(m_catalogPath).absolutePath(),
                                                tr("Tagsmith catalogs (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    switchCatalog(path, true);
}

void MainWindow::openCatalogFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog"), QFileInfo(m_catalogPath).absolutePath(),
                                                      tr("Tagsmith catalogs (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        switchCatalog(path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentCatalogs::list();
    const QString current = QFileInfo(m_catalogPath).absoluteFilePath();
    int number = 1;
    for (const QString &path : recent) {
        // "&1 name" gives keyboard users a key per entry; the full path tells two "catalog.sqlite" apart.
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(number++).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))), this,
                                                  [this, path] { switchCatalog(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setData(path);
        action->setEnabled(path != current);   // the open one is listed, greyed, so the numbers stay put
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent catalogs"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, &RecentCatalogs::clear);
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::switchCatalog(const QString &path, bool create)
{
    if (!create && QFileInfo(path).absoluteFilePath() == QFileInfo(m_catalogPath).absoluteFilePath()) {
        m_status->setText(tr("%1 is the open catalog.").arg(path));
        return;
    }
    m_status->setText(tr("Opening %1…").arg(path));
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Status checked = watcher->result();
        watcher->deleteLater();
        if (!checked) {
            if (!QFileInfo::exists(path))
                RecentCatalogs::remove(path);   // a recent entry whose file is gone
            m_status->setText(tr("%1 stays open.").arg(QFileInfo(m_catalogPath).fileName()));
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Catalog"), checked.error(), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("catalogErrorBox"));
            box->setInformativeText(tr("The catalog %1 stays open.").arg(m_catalogPath));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            Q_EMIT catalogRefused(checked.error());
            return;
        }
        RecentCatalogs::add(path);
        Q_EMIT catalogSwitchRequested(QFileInfo(path).absoluteFilePath());
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, &CatalogCheck::run, path, create));
}

QStringList MainWindow::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
        paths << index.data(AssetGridModel::PathRole).toString();
    return paths;
}

void MainWindow::exportCsvFile(const QString &file)
{
    if (!m_catalog)
        return;
    QStringList paths = selectedPaths();
    if (paths.isEmpty() && !m_currentFolder.isEmpty())
        paths << m_currentFolder;
    auto *watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file] {
        const Result<int> rows = watcher->result();
        watcher->deleteLater();
        if (rows)
            showCsvOutcome(true, tr("Export CSV"), tr("Exported %n asset(s) to %1.", nullptr, rows.value()).arg(file), {});
        else
            showCsvOutcome(false, tr("Export CSV"), rows.error(), {});
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, &CsvTransfer::exportTo, m_catalog, file, paths, false));
}

void MainWindow::importCsvFile(const QString &file)
{
    if (!m_catalog)
        return;
    auto *watcher = new QFutureWatcher<Result<CsvImportReport>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file] {
        const Result<CsvImportReport> report = watcher->result();
        watcher->deleteLater();
        if (!report) {
            showCsvOutcome(false, tr("Import CSV"), report.error(), {});
            return;
        }
        const QString summary = tr("%1: %2 of %3 rows applied (%4 changed), %5 rejected.")
                                    .arg(QFileInfo(file).fileName())
                                    .arg(report->applied)
                                    .arg(report->rows)
                                    .arg(report->changed)
                                    .arg(report->errors.size());
        showCsvOutcome(report->errors.isEmpty(), tr("Import CSV"), summary, CsvTransfer::describe(report.value()));
        selectionChanged();   // the selected asset's title, description or tags may have changed
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, &CsvTransfer::importFrom, m_catalog, file));
}

void MainWindow::showCsvOutcome(bool ok, const QString &title, const QString &summary, const QStringList &details)
{
    m_status->setText(summary);
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("csvOutcomeBox"));
    if (!details.isEmpty())
        box->setDetailedText(details.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT csvFinished(ok, summary, details);
}

void MainWindow::showPreferences()
{
    auto *dialog = findChild<PreferencesDialog *>();
    if (!dialog) {
        dialog = new PreferencesDialog(m_delegate->thumbnailSize(), m_catalog, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::thumbnailSizeChanged, this, &MainWindow::setThumbnailSize);
        connect(dialog, &PreferencesDialog::languageChanged, this, [this] {
            saveSettings();
            Q_EMIT reloadRequested();
        }, Qt::QueuedConnection);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    const QString modelsDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/models");
    auto *dialog = new AboutDialog(modelsDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::catalogOpened(const CatalogPtr &catalog)
{
    m_catalog = catalog;
    m_tree->setCatalog(catalog);
    m_fileActions->setCatalog(catalog);
    RecentCatalogs::add(m_catalogPath);
    setWindowTitle(tr("%1 — Tagsmith").arg(QFileInfo(m_catalogPath).completeBaseName()));
    if (m_recentMenu)
        fillRecentMenu();
    m_searchController->setCatalog(catalog);
    m_tagActions->setCatalog(catalog);
    m_uploadJob = new UploadJob(catalog);
    connect(m_uploadJob, &UploadJob::copyProgress, this, [this](int done, int total, const QString &name, int failed) {
        m_jobProgress->setRange(0, total);
        m_jobProgress->setValue(done);
        if (m_uploadDialog)
            m_uploadDialog->setCopyProgress(done, total, name, failed);
    });
    connect(m_uploadJob, &UploadJob::importProgress, this, [this](int done, int total, const QString &name, int failed) {
        m_jobProgress->setRange(0, total);
        m_jobProgress->setValue(done);
        m_status->setText(tr("Importing %1 of %2…").arg(done).arg(total));
        if (m_uploadDialog)
            m_uploadDialog->setImportProgress(done, total, name, failed);
    });
    connect(m_uploadJob, &UploadJob::finished, this, &MainWindow::showUploadFinished);
    m_uploadThread = new WorkerThread(m_uploadJob, QStringLiteral("upload"), this);
    QMetaObject::invokeMethod(m_loader, [loader = m_loader] { loader->loadFolders(); }, Qt::QueuedConnection);
    startProcessing();
}

void MainWindow::startProcessing()
{
    const QString modelsDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/models");
    m_processing = new ProcessingService(m_catalog, modelsDir);
    connect(m_processing, &ProcessingService::smartTagsOff, this, [this](const QString &reason) {
        m_smartTagsOff->setVisible(!reason.isEmpty());
        m_smartTagsOff->setText(tr("Smart tags off"));
        m_smartTagsOff->setToolTip(reason);
    });
    m_jobsPanel->setService(m_processing);
    connect(m_processing, &ProcessingService::progress, this, [this](int done, int remaining, double, const QString &) {
        m_jobProgress->setVisible(true);
        m_jobProgress->setRange(0, done + remaining);
        m_jobProgress->setValue(done);
        m_jobProgress->setFormat(tr("Processing %v of %m"));
        m_jobProgress->setTextVisible(true);
    });
    connect(m_processing, &ProcessingService::idle, this, [this](int done, int failed) {
        m_jobProgress->setVisible(false);
        if (done > 0) {
            m_status->setText(tr("Processing finished: %1 jobs, %2 failed").arg(done).arg(failed));
            selectionChanged();   // the selected asset may have new smart tags
        }
    });
    m_processingThread = new WorkerThread(m_processing, QStringLiteral("processing"), this);
    QMetaObject::invokeMethod(m_processing, [service = m_processing] { service->run(); }, Qt::QueuedConnection);
    // Watching and the schedule start once the window has settled: their first scan of the
    // roots must not compete with opening a large catalog (measured: 574 ms stall vs 37 ms).
    const int delayMs = QSettings().value(QStringLiteral("background/startDelayMs"), 10'000).toInt();
    QTimer::singleShot(delayMs, this, [this, modelsDir] {
        // Files that appear, change or vanish under a root show up in the tree's folders and counts.
        connect(startBackgroundWork(m_catalog, modelsDir, m_processing, this), &FolderWatcher::imported, this, [this] {
            QMetaObject::invokeMethod(m_loader, [loader = m_loader] { loader->loadFolders(); }, Qt::QueuedConnection);
        });
    });
}

void MainWindow::showFolders(const QList<FolderNode> &folders)
{
    const QString wanted = m_currentFolder;
    {
        // Resetting the model must not count as the user picking a folder.
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_folderModel->setFolders(folders);
    }
    m_tree->expandToDepth(0);
    QModelIndex current = m_folderModel->indexOfPath(wanted);
    if (!current.isValid())
        current = m_folderModel->index(0, 0);
    for (QModelIndex parent = current.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    if (m_searchController->showingResults()) {
        // A refresh behind the user's back (watcher, upload) must not replace their search results.
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(current);
    } else {
        selectFolder(current.isValid() ? current.data(FolderTreeModel::PathRole).toString() : QString());
    }
    Q_EMIT foldersShown();
}

void MainWindow::selectFolder(const QString &folderPath)
{
    m_searchController->leave();
    m_currentFolder = folderPath;
    const QModelIndex index = m_folderModel->indexOfPath(folderPath);
    if (index.isValid() && m_tree->currentIndex() != index) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
    }
    requestAssets();
}

void MainWindow::requestAssets()
{
    const int request = ++m_assetsRequest;
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, request, folder = m_currentFolder, sort = m_sort] {
        loader->loadAssets(request, folder, sort);
    }, Qt::QueuedConnection);
}

void MainWindow::showAssets(int request, const QList<AssetSummary> &assets)
{
    if (request != m_assetsRequest)
        return;   // a newer folder or sort was asked for meanwhile
    // The same folder again (the watcher or an upload changed it): keep the user's place and selection.
    const bool refresh = !m_shownFolder.isNull() && m_shownFolder == m_currentFolder && m_shownSort == m_sort;
    QList<qint64> selectedIds;
    const int scrolled = m_grid->verticalScrollBar()->value();
    if (refresh)
        for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
            selectedIds << index.data(AssetGridModel::AssetIdRole).toLongLong();
    m_shownFolder = m_currentFolder.isNull() ? QStringLiteral("") : m_currentFolder;
    m_shownSort = m_sort;
    m_gridModel->setAssets(assets);
    m_properties->showNoSelection();
    m_detailsFor = 0;
    if (refresh) {
        m_grid->verticalScrollBar()->setValue(scrolled);
        QItemSelection kept;
        for (const qint64 id : std::as_const(selectedIds))
            if (const int row = m_gridModel->rowOf(id); row >= 0)
                kept.select(m_gridModel->index(row), m_gridModel->index(row));
        m_grid->selectionModel()->select(kept, QItemSelectionModel::ClearAndSelect);
    }
    m_status->setText(tr("%n asset(s) in %1", nullptr, int(assets.size()))
                          .arg(m_currentFolder.isEmpty() ? tr("the catalog") : m_currentFolder));
    Q_EMIT assetsShown(int(assets.size()));
}

void MainWindow::selectionChanged()
{
    const QModelIndexList selected = m_grid->selectionModel()->selectedIndexes();
    if (selected.size() != 1) {
        m_detailsFor = 0;
        if (selected.isEmpty())
            m_properties->showNoSelection();
        else
            m_properties->showSelectionCount(int(selected.size()));
        return;
    }
    m_detailsFor = selected.first().data(AssetGridModel::AssetIdRole).toLongLong();
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, id = m_detailsFor] { loader->loadDetails(id); },
                              Qt::QueuedConnection);
}

void MainWindow::setThumbnailSize(int pixels)
{
    pixels = std::clamp(pixels, kMinThumbnail, kMaxThumbnail);
    if (pixels == m_delegate->thumbnailSize())
        return;
    m_delegate->setThumbnailSize(pixels);
    // Uniform item sizes are cached by the view; a reset of the layout picks up the new one.
    const QModelIndex current = m_grid->currentIndex();
    m_grid->setUniformItemSizes(false);
    m_grid->setUniformItemSizes(true);
    m_grid->doItemsLayout();
    m_grid->scrollTo(current);
}

void MainWindow::setSort(AssetSort sort)
{
    m_sort = sort;
    const QList<QAction *> actions = m_sortActions->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() == int(sort));
    requestAssets();
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        upload({folder}, {});
}

void MainWindow::upload(const QStringList &paths, const QString &targetFolder)
{
    if (!m_uploadJob || paths.isEmpty())
        return;
    if (m_uploadDialog && !m_uploadDialog->isFinished()) {
        m_status->setText(tr("Another import is still running; try again when it has finished."));
        return;
    }
    delete m_uploadDialog;
    m_uploadDialog = new UploadProgressDialog(targetFolder.isEmpty() ? tr("Importing") : tr("Copying into %1").arg(targetFolder),
                                              this);
    connect(m_uploadDialog, &UploadProgressDialog::cancelRequested, this, [job = m_uploadJob] { job->cancel(); });
    m_uploadDialog->show();
    m_jobProgress->setRange(0, 0);
    m_jobProgress->setVisible(true);
    // Show where the files go; the folder is listed again when the import has finished.
    const QString shown = targetFolder.isEmpty() ? QFileInfo(paths.first()).canonicalFilePath() : targetFolder;
    if (!targetFolder.isEmpty())
        selectFolder(shown);
    else
        m_currentFolder = shown;
    QMetaObject::invokeMethod(m_uploadJob, [job = m_uploadJob, paths, targetFolder] { job->run(paths, targetFolder); },
                              Qt::QueuedConnection);
}

void MainWindow::showUploadFinished(const UploadSummary &summary)
{
    if (m_processing)
        QMetaObject::invokeMethod(m_processing, [service = m_processing] { service->run(); }, Qt::QueuedConnection);
    m_jobProgress->setVisible(false);
    if (m_uploadDialog)
        m_uploadDialog->setFinished(summary);
    const ImportReport &report = summary.import;
    m_status->setText(tr("Import finished: %1 added, %2 updated, %3 failed")
                          .arg(report.added).arg(report.updated).arg(report.failed + int(summary.copy.errors.size())));
    QMetaObject::invokeMethod(m_loader, [loader = m_loader] { loader->loadFolders(); }, Qt::QueuedConnection);
    Q_EMIT uploadFinished(summary);
}

void MainWindow::openPreview(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    auto *dialog = new PreviewDialog(m_gridModel->asset(index.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    m_preview = dialog;
}

void MainWindow::previewAt(qint64 assetId, double seconds)
{
    if (!m_preview || m_preview->assetId() != assetId) {
        const int row = m_gridModel->rowOf(assetId);
        if (row < 0)
            return;
        openPreview(m_gridModel->index(row));
    }
    m_preview->seekTo(seconds);
    m_preview->raise();
    m_preview->activateWindow();
}

void MainWindow::rerunSmartTags()
{
    const QModelIndexList selected = m_grid->selectionModel()->selectedIndexes();
    if (!m_processing || selected.isEmpty())
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : selected)
        ids << index.data(AssetGridModel::AssetIdRole).toLongLong();
    // Queued on a pool thread: the processing thread may be busy with a long pass.
    auto *watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<int> queued = watcher->result();
        watcher->deleteLater();
        if (!queued) {
            showError(queued.error());
            return;
        }
        m_status->setText(queued.value() > 0 ? tr("Smart tags queued again for %n asset(s)", nullptr, queued.value())
                                             : tr("Nothing to re-run: no photo or video selected in a folder with smart tags on"));
        QMetaObject::invokeMethod(m_processing, [service = m_processing] { service->run(); }, Qt::QueuedConnection);
        m_processing->refresh();
    });
    watcher->setFuture(QtConcurrent::run(&m_tasks, &ProcessingService::queueSmartTags, m_catalog, ids));
}

void MainWindow::dropFarThumbnails(int firstRow, int lastRow)
{
    if (firstRow < 0)
        return;
    const int margin = (lastRow - firstRow + 1) * kKeepPages;
    m_thumbnails->keepOnly([this, low = firstRow - margin, high = lastRow + margin](qint64 assetId) {
        const int row = m_gridModel->rowOf(assetId);
        return row >= low && row <= high;
    });
}

void MainWindow::showError(const QString &message)
{
    m_status->setText(message);
}

} // namespace tagsmith
