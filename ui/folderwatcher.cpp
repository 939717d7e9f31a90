#include "folderwatcher.h"

#include "catalog/folderrepository.h"
#include "importing/importer.h"
#include "processingservice.h"
#include "scheduling/scheduletimer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent>

namespace tagsmith {
namespace {

// inotify watches are a per-user resource shared with other programs; the rescan covers the rest.
constexpr int kMaxWatchedFolders = 4096;

} // namespace

FolderWatcher::FolderWatcher(CatalogPtr catalog, QObject *parent, int debounceMs, int rescanMs)
    : QObject(parent), m_catalog(std::move(catalog))
{
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    m_rescan.setInterval(rescanMs);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &path) {
        m_pending.insert(path);
        m_debounce.start();
    });
    connect(&m_debounce, &QTimer::timeout, this, &FolderWatcher::importPending);
    connect(&m_rescan, &QTimer::timeout, this, [this] {
        m_rescanAll = true;
        importPending();
    });
    connect(&m_task, &QFutureWatcher<ScanResult>::finished, this, &FolderWatcher::finished);
    m_rescan.start();
    start({});   // only learns the roots and their folders: imports happened when they were added
}

FolderWatcher::~FolderWatcher()
{
    m_cancel = true;
    m_task.waitForFinished();
}

FolderWatcher::ScanResult FolderWatcher::scan(const CatalogPtr &catalog, const QStringList &paths, const std::atomic<bool> *cancel)
{
    ScanResult result;
    if (!paths.isEmpty()) {
        ImportOptions options;
        options.userRequested = false;   // a folder the user removed from the catalog stays removed
        result.report = Importer(catalog, options).run(paths, {}, cancel);
    }
    auto roots = FolderRepository(catalog->connection()).roots();
    if (!roots)
        return result;
    for (const RootRecord &root : roots.value()) {
        result.roots << root.path;
        result.folders << root.path;
        QDirIterator it(root.path, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext() && result.folders.size() < kMaxWatchedFolders && !(cancel && cancel->load()))
            result.folders << it.next();
    }
    return result;
}

void FolderWatcher::start(const QStringList &paths)
{
    m_task.setFuture(QtConcurrent::run(&m_pool, [catalog = m_catalog, paths, cancel = &m_cancel] { return scan(catalog, paths, cancel); }));
}

void FolderWatcher::importPending()
{
    if (m_task.isRunning())
        return;   // finished() comes back for what arrived meanwhile
    QStringList paths;
    if (m_rescanAll) {
        paths = m_roots;
    } else {
        // A deleted folder is imported through its parent, which marks its files missing.
        for (const QString &path : std::as_const(m_pending))
            paths << (QFileInfo::exists(path) ? path : QFileInfo(path).path());
    }
    m_rescanAll = false;
    m_pending.clear();
    if (!paths.isEmpty())
        start(paths);
}

void FolderWatcher::finished()
{
    const ScanResult result = m_task.result();
    m_roots = result.roots;
    const QStringList watched = m_watcher.directories();
    const QSet<QString> current(result.folders.cbegin(), result.folders.cend());
    QStringList gone;
    for (const QString &folder : watched)
        if (!current.contains(folder))
            gone << folder;
    if (!gone.isEmpty())
        m_watcher.removePaths(gone);
    const QSet<QString> already(watched.cbegin(), watched.cend());
    QStringList added;
    for (const QString &folder : result.folders)
        if (!already.contains(folder))
            added << folder;
    if (!added.isEmpty())
        m_watcher.addPaths(added);
    const int changed = result.report.added + result.report.updated + result.report.missing;
    if (changed > 0)
        Q_EMIT imported(changed);
    if (!m_pending.isEmpty() || m_rescanAll)
        m_debounce.start();
}

FolderWatcher *startBackgroundWork(const CatalogPtr &catalog, const QString &modelsDir, ProcessingService *processing, QObject *owner)
{
    // The service lives on its own thread: these connections queue run() there.
    auto *watcher = new FolderWatcher(catalog, owner);
    QObject::connect(watcher, &FolderWatcher::imported, processing, &ProcessingService::run);
    QObject::connect(new ScheduleTimer(catalog, modelsDir, owner), &ScheduleTimer::ran, processing, &ProcessingService::run);
    return watcher;
}

} // namespace tagsmith
