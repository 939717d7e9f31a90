#pragma once

#include "catalog/catalog.h"
#include "jobs/jobqueue.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace tagsmith {

struct FailedJob {
    QString kind;
    QString path;       // empty when the asset is gone
    QString reason;
};

// The queue as the Jobs panel shows it, read on the processing thread.
struct JobsSnapshot {
    QList<KindCounts> kinds;
    QList<FailedJob> failed;
    int failedTotal = 0;    // `failed` holds at most the first few hundred
};

// Runs the persistent job queue (thumbnails, document text, smart tags) on its own thread
// while the app is open: kicked after the catalog opens and after every import. Lives on a
// WorkerThread. stop(), pause(), resume(), cancelAll(), retryFailed() and refresh() are safe
// from any thread: flags take effect within one job per worker, the rest runs queued here.
class ProcessingService : public QObject {
    Q_OBJECT
public:
    ProcessingService(CatalogPtr catalog, QString modelsDir);

    // Processes until the queue is idle (does nothing while paused).
    void run();
    // For shutdown: the running pass stops and no other starts.
    void stop();

    void pause();
    void resume();
    bool isPaused() const { return m_pause; }
    // Stops the running pass (its unfinished jobs go back) and drops every queued job.
    void cancelAll();
    // Re-queues the failed jobs and processes them.
    void retryFailed();
    // Emits jobsChanged with the current queue.
    void refresh();
    // Queues smart tags again for these assets (images: tag, videos: video-tag) at user
    // priority, whatever was done before. A job already queued stays one job; folders with
    // smart or video tags disabled get none (the catalog refuses them). Runs on the calling
    // thread with its own connection (not the GUI thread): a pass running on the service's
    // thread claims the new jobs with its next batch. Returns how many assets have a job now.
    static Result<int> queueSmartTags(const CatalogPtr &catalog, const QList<qint64> &assetIds);

Q_SIGNALS:
    void progress(int done, int remaining, double perSecond, const QString &kind);
    // The long job running now (a video's frames): `done` of `total` steps of the file at
    // `path`; total 0 when no such job runs any more.
    void stepProgress(const QString &kind, const QString &path, int done, int total);
    void jobsChanged(const tagsmith::JobsSnapshot &snapshot);
    void pausedChanged(bool paused);
    void smartTagsOff(const QString &reason);
    void idle(int done, int failed);

private:
    void emitSnapshot();
    void later(std::function<void()> step);

    CatalogPtr m_catalog;
    QString m_modelsDir;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_cancel{false};   // set by stop() and cancelAll(); what the runner watches
    std::atomic<bool> m_pause{false};
};

} // namespace tagsmith

Q_DECLARE_METATYPE(tagsmith::JobsSnapshot)
