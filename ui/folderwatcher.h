#pragma once

#include "catalog/catalog.h"
#include "importing/importreport.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

namespace tagsmith {

class ProcessingService;

// Picks up new and changed files in the catalog's roots while the app runs: a
// QFileSystemWatcher on every folder of the roots (new files, renames, deletions), plus a
// periodic rescan of the roots for what it misses (files rewritten in place, folders beyond the
// watch limit, network shares). Changes are debounced and imported through the Importer on a
// worker thread; imported() then tells the processing service there is work.
class FolderWatcher : public QObject {
    Q_OBJECT
public:
    explicit FolderWatcher(CatalogPtr catalog, QObject *parent = nullptr, int debounceMs = 2000,
                           int rescanMs = 10 * 60 * 1000);
    ~FolderWatcher() override;

    QStringList watchedFolders() const { return m_watcher.directories(); }

Q_SIGNALS:
    // An import added, changed or lost assets.
    void imported(int changed);

private:
    struct ScanResult {
        ImportReport report;
        QStringList roots;
        QStringList folders;
    };
    static ScanResult scan(const CatalogPtr &catalog, const QStringList &paths, const std::atomic<bool> *cancel);

    void start(const QStringList &paths);
    void finished();
    void importPending();

    CatalogPtr m_catalog;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_rescan;
    QStringList m_roots;
    QSet<QString> m_pending;
    bool m_rescanAll = false;
    // Its own thread, never the global pool: Qt's raster engine splits large fills across the global
    // pool and the GUI thread waits for them, so a long scan there froze painting.
    QThreadPool m_pool;
    QFutureWatcher<ScanResult> m_task;
    std::atomic<bool> m_cancel{false};
};

// The app's background work besides the queue: a FolderWatcher on the roots and the periodic
// tagging and training (ScheduleTimer), both kicking `processing` when they queued work. Owned by `owner`.
// Returns the watcher so the window can refresh its folder tree when it imported something.
FolderWatcher *startBackgroundWork(const CatalogPtr &catalog, const QString &modelsDir, ProcessingService *processing, QObject *owner);

} // namespace tagsmith
