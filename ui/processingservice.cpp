#include "processingservice.h"

#include "catalog/assetrepository.h"
#include "catalog/sql.h"
#include "jobs/jobrunner.h"
#include "processing/processingpipeline.h"

namespace tagsmith {
namespace {

// The panel lists this many failures; the total is shown beside them.
constexpr int kFailedShown = 500;

} // namespace

ProcessingService::ProcessingService(CatalogPtr catalog, QString modelsDir)
    : m_catalog(std::move(catalog)), m_modelsDir(std::move(modelsDir))
{
    qRegisterMetaType<JobsSnapshot>();
}

void ProcessingService::run()
{
    if (m_stop || m_cancel)
        return;
    if (m_pause) {
        emitSnapshot();
        return;
    }
    // Handlers are made per pass so that a model trained meanwhile is used. A kick that arrives
    // during a pass runs after it, on this thread, and finds what is left.
    ProcessingHandlers processing = makeProcessingHandlers(m_catalog, m_modelsDir, 0, videoOptionsFromSettings());
    Q_EMIT smartTagsOff(processing.smartTagsOff);
    JobRunnerOptions options = JobRunnerOptions::fromSettings();
    options.background = true;   // the window comes first
    JobRunner runner(m_catalog, processing.handlers, options);
    JobProgress last;
    emitSnapshot();
    (void)runner.runUntilIdle(
        [&](const JobProgress &state) {
            if (state.stepUpdate) {
                // Within a batch only the step changed: no queue counts to read again.
                Q_EMIT stepProgress(state.stepKind, state.stepPath, state.stepsDone, state.stepsTotal);
                return;
            }
            last = state;
            Q_EMIT stepProgress({}, {}, 0, 0);
            Q_EMIT progress(state.done, state.remaining, state.perSecond, state.currentKind);
            emitSnapshot();
        },
        &m_cancel, &m_pause);
    emitSnapshot();
    Q_EMIT stepProgress({}, {}, 0, 0);
    Q_EMIT idle(last.done, last.failed);
}

void ProcessingService::stop()
{
    m_stop = true;
    m_cancel = true;
}

void ProcessingService::pause()
{
    m_pause = true;
    Q_EMIT pausedChanged(true);
}

void ProcessingService::resume()
{
    m_pause = false;
    Q_EMIT pausedChanged(false);
    later([this] { run(); });
}

void ProcessingService::cancelAll()
{
    m_cancel = true;
    // Runs once the current pass has returned and released its claimed jobs.
    later([this] {
        (void)JobQueue(m_catalog->connection()).cancelQueued();
        if (!m_stop)
            m_cancel = false;
        emitSnapshot();
    });
}

void ProcessingService::retryFailed()
{
    later([this] {
        (void)JobQueue(m_catalog->connection()).retryFailed();
        run();   // emits the snapshot, also while paused
    });
}

Result<int> ProcessingService::queueSmartTags(const CatalogPtr &catalog, const QList<qint64> &assetIds)
{
    QSqlDatabase db = catalog->connection();
    AssetRepository assets(db);
    JobQueue queue(db);
    int queued = 0;
    const Status written = sql::transaction(db, [&]() -> Status {
        for (const qint64 id : assetIds) {
            auto asset = assets.findById(id);
            if (!asset)
                return Error{asset.error()};
            if (!asset.value() || asset.value()->status != AssetStatus::Ok)
                continue;
            const AssetKind kind = asset.value()->media.kind;
            if (kind != AssetKind::Image && kind != AssetKind::Video)
                continue;
            const QString jobKind = kind == AssetKind::Image ? JobKind::Tag : VideoTagJob::Kind;
            if (Status one = queue.enqueue(jobKind, id, JobPriority::UserAction); !one)
                return one;
            // The catalog silently refuses jobs in folders where the switch is off: count what is there.
            queued += sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind = ? AND asset_id = ?"), {jobKind, id}, 0).toInt();
        }
        return success();
    });
    if (!written)
        return Error{written.error()};
    return queued;
}

void ProcessingService::refresh()
{
    later([this] { emitSnapshot(); });
}

void ProcessingService::later(std::function<void()> step)
{
    QMetaObject::invokeMethod(this, std::move(step), Qt::QueuedConnection);
}

void ProcessingService::emitSnapshot()
{
    QSqlDatabase db = m_catalog->connection();
    JobQueue queue(db);
    JobsSnapshot snapshot;
    if (auto kinds = queue.countsByKind())
        snapshot.kinds = kinds.value();
    if (auto failed = queue.failed()) {
        snapshot.failedTotal = int(failed.value().size());
        AssetRepository assets(db);
        for (const JobRecord &job : failed.value().mid(0, kFailedShown)) {
            auto asset = assets.findById(job.assetId);
            snapshot.failed << FailedJob{job.kind, asset && asset.value() ? asset.value()->path : QString(), job.error};
        }
    }
    Q_EMIT jobsChanged(snapshot);
}

} // namespace tagsmith
