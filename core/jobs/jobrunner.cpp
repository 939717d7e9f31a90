#include "jobrunner.h"

#include "catalog/assetrepository.h"
#include "catalog/sql.h"
#include "jobqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace tagsmith {
namespace {

struct Work {
    JobRecord job;
    JobContext context;
    JobHandler *handler = nullptr;
    JobResult result;
};

// Where workers leave their step reports and finished items for the runner's thread, which
// sleeps on it while a batch runs: the progress callback is then always called on that thread.
class StepBoard {
public:
    void report(const QString &kind, const QString &path, int done, int total)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_kind = kind;
            m_path = path;
            m_done = done;
            m_total = total;
            m_changed = true;
        }
        m_wake.notify_one();
    }
    void finishedOne()
    {
        {
            const std::lock_guard lock(m_mutex);
            ++m_finished;
        }
        m_wake.notify_one();
    }
    enum class Wake { Step, Timeout, AllFinished };
    // Waits until a step is reported (Step, with `state` updated) or all `items` are finished.
    Wake wait(qsizetype items, JobProgress &state)
    {
        std::unique_lock lock(m_mutex);
        // The timeout only guards against a lost wake-up; both events notify.
        m_wake.wait_for(lock, std::chrono::milliseconds(250), [&] { return m_changed || m_finished >= items; });
        if (m_changed) {
            m_changed = false;
            state.stepKind = m_kind;
            state.stepPath = m_path;
            state.stepsDone = m_done;
            state.stepsTotal = m_total;
            return Wake::Step;
        }
        return m_finished >= items ? Wake::AllFinished : Wake::Timeout;
    }
    void reset()
    {
        const std::lock_guard lock(m_mutex);
        m_changed = false;
        m_finished = 0;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QString m_kind;
    QString m_path;
    int m_done = 0;
    int m_total = 0;
    bool m_changed = false;
    qsizetype m_finished = 0;
};

} // namespace

JobRunnerOptions JobRunnerOptions::fromSettings()
{
    JobRunnerOptions options;
    options.decodeThreads = std::max(0, QSettings().value(DecodeWorkersKey, 0).toInt());
    return options;
}

JobRunner::JobRunner(CatalogPtr catalog, std::vector<std::shared_ptr<JobHandler>> handlers, JobRunnerOptions options)
    : m_catalog(std::move(catalog)), m_handlers(std::move(handlers)), m_options(options) {}

Status JobRunner::runUntilIdle(const std::function<void(const JobProgress &)> &progress, const std::atomic<bool> *cancel,
                               const std::atomic<bool> *pause)
{
    QSqlDatabase db = m_catalog->connection();
    JobQueue queue(db);
    AssetRepository assets(db);
    if (Status reset = queue.resetInterrupted(); !reset)
        return reset;

    QHash<QString, JobHandler *> byKind;
    QStringList kinds;
    for (const auto &handler : m_handlers) {
        byKind.insert(handler->kind(), handler.get());
        kinds << handler->kind();
    }
    const int cores = QThread::idealThreadCount();
    QThreadPool decodePool;
    decodePool.setMaxThreadCount(m_options.decodeThreads > 0 ? m_options.decodeThreads : cores);
    QThreadPool inferencePool;
    inferencePool.setMaxThreadCount(m_options.inferenceThreads > 0 ? m_options.inferenceThreads : cores);
    if (m_options.background) {
        decodePool.setThreadPriority(QThread::IdlePriority);
        inferencePool.setThreadPriority(QThread::IdlePriority);
    }
    // Small batches keep cancel quick and lose little work to a kill. Four inference jobs per
    // worker: a batch of the user's tag jobs alone (thumbnails wait behind them) would
    // otherwise leave a core idle at every batch's end (bench jobs: CPU ratio 0.68 -> 0.79).
    const int batchSize = 2 * decodePool.maxThreadCount() + 4 * inferencePool.maxThreadCount();

    JobProgress state;
    StepBoard steps;
    QElapsedTimer clock;
    clock.start();
    auto stopped = [&] { return (cancel && cancel->load()) || (pause && pause->load()); };
    while (!stopped()) {
        auto claimed = queue.claim(kinds, batchSize);
        if (!claimed)
            return Error{claimed.error()};
        if (claimed.value().isEmpty())
            break;
        QList<Work> decodeWork, inferenceWork;
        QList<JobRecord> vanished;
        for (const JobRecord &job : claimed.value()) {
            auto asset = assets.findById(job.assetId);
            if (!asset || !asset.value()) {
                vanished << job;
                continue;
            }
            Work work{job, JobContext{job.assetId, asset.value()->path, asset.value()->contentHash, asset.value()->media.mime,
                                      asset.value()->media.kind, cancel, {}}, byKind.value(job.kind), {}};
            work.context.progress = [&steps, kind = job.kind, path = work.context.path](int done, int total) {
                steps.report(kind, path, done, total);
            };
            (work.handler->usesInference() ? inferenceWork : decodeWork) << work;
        }
        state.currentKind = claimed.value().first().kind;
        // Items not started when cancel is set return at once: a batch of heavy decodes would
        // otherwise keep cancel waiting for all of them.
        auto runOne = [cancel, &steps](Work &work) {
            if (!cancel || !cancel->load())
                work.result = work.handler->run(work.context);
            steps.finishedOne();
        };
        steps.reset();
        QFuture<void> decoding = QtConcurrent::map(&decodePool, decodeWork, runOne);
        QFuture<void> inferring = QtConcurrent::map(&inferencePool, inferenceWork, runOne);
        // Step reports of long jobs reach the callback while the batch runs, from this thread.
        const qsizetype items = decodeWork.size() + inferenceWork.size();
        for (StepBoard::Wake wake; (wake = steps.wait(items, state)) != StepBoard::Wake::AllFinished;) {
            if (wake == StepBoard::Wake::Step && progress && !(cancel && cancel->load())) {
                state.stepUpdate = true;
                progress(state);
            }
        }
        decoding.waitForFinished();
        inferring.waitForFinished();
        state.stepUpdate = false;
        state.stepsDone = state.stepsTotal = 0;
        state.stepPath.clear();
        state.stepKind.clear();

        if (cancel && cancel->load()) {
            // Nothing of this batch is written: the jobs run again next time.
            if (Status released = queue.release(claimed.value()); !released)
                return released;
            break;
        }
        // One transaction per batch; if a write fails, each job is retried alone so one bad
        // effect fails its own job instead of stopping the queue.
        int failedNow = 0;
        auto writeOne = [&](const Work &work) -> Status {
            if (!work.result.error.isEmpty()) {
                ++failedNow;
                // A file that vanished (or moved) while its job waited: the asset says so, so
                // the next import that sees the file again probes it and re-queues its work.
                if (!QFileInfo::exists(work.context.path))
                    if (Status marked = assets.setStatus(work.job.assetId, AssetStatus::Missing,
                                                         QCoreApplication::translate("import", "the file is no longer there"));
                        !marked)
                        return marked;
                return queue.fail(work.job, work.result.error);
            }
            if (work.result.write) {
                if (Status effect = work.result.write(db, queue); !effect)
                    return effect;
            }
            return queue.complete(work.job, work.context.contentHash);
        };
        Status written = sql::transaction(db, [&]() -> Status {
            failedNow = 0;   // a retried transaction counts again
            for (const JobRecord &job : std::as_const(vanished))
                if (Status dropped = queue.drop(job); !dropped)
                    return dropped;
            for (const QList<Work> *list : {&decodeWork, &inferenceWork})
                for (const Work &work : *list)
                    if (Status one = writeOne(work); !one)
                        return one;
            return success();
        });
        if (!written) {
            failedNow = 0;
            for (const JobRecord &job : std::as_const(vanished))
                (void)sql::transaction(db, [&] { return queue.drop(job); });
            for (const QList<Work> *list : {&decodeWork, &inferenceWork}) {
                for (const Work &work : *list) {
                    const int failedBefore = failedNow;
                    if (Status one = sql::transaction(db, [&] { return writeOne(work); }); !one) {
                        failedNow = failedBefore + 1;
                        if (Status marked = sql::transaction(db, [&] { return queue.fail(work.job, one.error()); }); !marked)
                            return marked;   // the catalog itself refuses writes: stop
                    }
                }
            }
        }
        state.done += int(claimed.value().size());
        state.failed += failedNow;
        // Only what this runner will process: kinds without a handler (models missing) wait.
        state.remaining = 0;
        if (const auto byKindCounts = queue.countsByKind())
            for (const KindCounts &counts : byKindCounts.value())
                if (kinds.contains(counts.kind))
                    state.remaining += counts.jobs.queued;
        state.perSecond = state.done / std::max(1e-3, clock.nsecsElapsed() / 1e9);
        if (progress)
            progress(state);
    }
    return success();
}

} // namespace tagsmith
