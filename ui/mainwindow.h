#pragma once

#include "catalog/browsequeries.h"
#include "catalog/catalog.h"
#include "uploadjob.h"

#include <QMainWindow>
#include <QPointer>
#include <QThreadPool>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;

namespace tagsmith {

class AssetDelegate;
class AssetGridModel;
class AssetGridView;
class CatalogLoader;
class FileActions;
class FolderTreeModel;
class FolderTreeView;
class JobsPanel;
class ProcessingService;
class PreviewDialog;
class PropertiesPanel;
class ThumbnailCache;
class UploadProgressDialog;
class WorkerThread;
class SearchBar;
class SearchController;
class TagActions;

// The browse window: folder tree | thumbnail grid | properties. All catalog reads go
// through the CatalogLoader on its own thread; uploads run on a second thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &catalogPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the assets in `folderPath` and below (all assets when empty).
    void selectFolder(const QString &folderPath);
    QString currentFolder() const { return m_currentFolder; }
    // Copies `paths` into `targetFolder` and imports them; with no target they are indexed in place.
    void upload(const QStringList &paths, const QString &targetFolder);
    void setThumbnailSize(int pixels);
    void setSort(AssetSort sort);

    // Checks `path` off the GUI thread; a catalog that opens is added to the recent list and
    // catalogSwitchRequested is emitted (the WindowHost makes the new window), otherwise the
    // reason is shown and catalogRefused emitted: this window and its catalog stay.
    void switchCatalog(const QString &path, bool create = false);
    QString catalogPath() const { return m_catalogPath; }
    // File > Export CSV (the selected assets, else the current folder, else everything) and
    // File > Import CSV, on a pool thread; csvFinished reports the outcome, the window shows it.
    void exportCsvFile(const QString &file);
    void importCsvFile(const QString &file);
    // The size of the window on first start: 70 % of the screen, at least 1100 x 700 where it fits.
    static QSize firstStartSize(const QRect &available);
    void saveSettings() const;
    // Edit > Preferences (one dialog per window, raised when already open).
    void showPreferences();

    UploadProgressDialog *uploadDialog() const { return m_uploadDialog; }
    ThumbnailCache *thumbnailCache() const { return m_thumbnails; }

Q_SIGNALS:
    void foldersShown();
    void assetsShown(int count);
    void uploadFinished(const tagsmith::UploadSummary &summary);
    void catalogSwitchRequested(const QString &path);
    void catalogRefused(const QString &reason);
    // `summary` is one sentence; `details` the rejected rows (import) or the error.
    void csvFinished(bool ok, const QString &summary, const QStringList &details);
    // The language changed: the host rebuilds the window so every string is in it.
    void reloadRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildWidgets();
    void buildActions();
    void restoreSettings();
    void newCatalog();
    void openCatalogFile();
    void fillRecentMenu();
    void showShortcuts();
    void showAbout();
    QStringList selectedPaths() const;
    void showCsvOutcome(bool ok, const QString &title, const QString &summary, const QStringList &details);

    void catalogOpened(const CatalogPtr &catalog);
    void showFolders(const QList<FolderNode> &folders);
    void showAssets(int request, const QList<AssetSummary> &assets);
    void selectionChanged();
    void requestAssets();
    void importFolder();
    void openPreview(const QModelIndex &index);
    // The preview of the asset (opened if needed) at `seconds` of its video.
    void previewAt(qint64 assetId, double seconds);
    void rerunSmartTags();
    void showUploadFinished(const UploadSummary &summary);
    void dropFarThumbnails(int firstRow, int lastRow);
    void showError(const QString &message);
    void startProcessing();
    void buildSearchAndTags(SearchBar *searchBar);
    void manageTags();
    void findSimilar();

    QString m_catalogPath;
    CatalogPtr m_catalog;              // only handed to jobs; never queried on this thread
    CatalogLoader *m_loader = nullptr;
    WorkerThread *m_loaderThread = nullptr;
    ProcessingService *m_processing = nullptr;
    WorkerThread *m_processingThread = nullptr;
    QLabel *m_smartTagsOff = nullptr;
    UploadJob *m_uploadJob = nullptr;
    WorkerThread *m_uploadThread = nullptr;
    UploadProgressDialog *m_uploadDialog = nullptr;

    FolderTreeModel *m_folderModel = nullptr;
    FolderTreeView *m_tree = nullptr;
    AssetGridModel *m_gridModel = nullptr;
    AssetGridView *m_grid = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    AssetDelegate *m_delegate = nullptr;
    PropertiesPanel *m_properties = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_jobProgress = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    QActionGroup *m_sortActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_editTagsAnchor = nullptr;
    FileActions *m_fileActions = nullptr;

    QString m_currentFolder;
    AssetSort m_sort = AssetSort::Name;
    QString m_shownFolder;                // what the grid shows, to tell a refresh from a new folder
    AssetSort m_shownSort = AssetSort::Name;
    int m_assetsRequest = 0;
    qint64 m_detailsFor = 0;
    SearchController *m_searchController = nullptr;
    TagActions *m_tagActions = nullptr;   // batch tagging, the Tags panel, Undo/Redo
    QPointer<PreviewDialog> m_preview;
    // Its own threads, not Qt's global pool: destroying the owner waits for its tasks, so none
    // outlives the window or touches the catalog after it closed. Declared last, stopped first.
    QThreadPool m_tasks;
};

} // namespace tagsmith
