// Step progress of long jobs through the runner: the 60-second video's frames reach the
// progress callback on the runner's thread while its job runs, and cancel stops it between
// frames (the figure is printed; the bound is only a generous one).
#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "importing/importer.h"
#include "jobs/jobqueue.h"
#include "jobs/jobrunner.h"
#include "processing/videotagjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace tagsmith;

namespace {
const QString kLongVideo = QStringLiteral("people_walking_campus.mp4");   // 60 s at 10 fps
}

class TestJobProgress : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CatalogPtr m_catalog;
    qint64 m_videoId = 0;

    int queuedVideoJobs()
    {
        return sql::scalar(m_catalog->connection(), QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind = ? AND state = 'queued'"),
                           {VideoTagJob::Kind}, 0).toInt();
    }

    JobRunner videoRunner()
    {
        auto job = VideoTagJob::create(m_catalog, QStringLiteral(TAGSMITH_SHARED_DIR "/models"), 1);
        if (!job)
            qFatal("%s", qPrintable(job.error()));
        return JobRunner(m_catalog, {job.value()}, JobRunnerOptions{1, 1, false});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString library = m_dir.filePath(QStringLiteral("videos"));
        QVERIFY(QDir().mkpath(library));
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/videos/") + kLongVideo, library + QLatin1Char('/') + kLongVideo));
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error()));
        m_catalog = catalog.value();
        QCOMPARE(Importer(m_catalog).run({QDir(library).canonicalPath()}).added, 1);
        auto assets = AssetRepository(m_catalog->connection()).list();
        QVERIFY(assets && assets.value().size() == 1);
        m_videoId = assets.value().first().id;
        QCOMPARE(queuedVideoJobs(), 1);
    }

    void framesReachTheCallbackWhileTheJobRuns()
    {
        QList<JobProgress> steps;
        QList<JobProgress> batches;
        bool offThread = false;
        QThread *runnerThread = QThread::currentThread();
        JobRunner runner = videoRunner();
        const Status status = runner.runUntilIdle([&](const JobProgress &state) {
            offThread = offThread || QThread::currentThread() != runnerThread;
            (state.stepUpdate ? steps : batches) << state;
        });
        QVERIFY2(status, qPrintable(status ? QString() : status.error()));
        QVERIFY(!offThread);
        QVERIFY2(steps.size() >= 2, qPrintable(QString::number(steps.size())));
        int last = 0;
        for (const JobProgress &step : std::as_const(steps)) {
            QCOMPARE(step.stepKind, VideoTagJob::Kind);
            QVERIFY(step.stepPath.endsWith(kLongVideo));
            QCOMPARE(step.stepsTotal, 16);
            QVERIFY2(step.stepsDone > last && step.stepsDone <= 16, qPrintable(QStringLiteral("%1 after %2").arg(step.stepsDone).arg(last)));
            last = step.stepsDone;
        }
        QCOMPARE(last, 16);   // the last frame is reported too (reports may be merged, never reordered)
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().done, 1);
        QCOMPARE(batches.first().stepsTotal, 0);   // the batch is over: no step running
        QCOMPARE(queuedVideoJobs(), 0);
    }

    void cancelBetweenFramesIsQuick()
    {
        QVERIFY(JobQueue(m_catalog->connection()).enqueue(VideoTagJob::Kind, m_videoId, JobPriority::UserAction));
        std::atomic<bool> cancel{false};
        QElapsedTimer sinceCancel;
        int doneAtCancel = 0;
        JobRunner runner = videoRunner();
        const Status status = runner.runUntilIdle([&](const JobProgress &state) {
            if (state.stepUpdate && state.stepsDone >= 3 && !cancel) {
                doneAtCancel = state.stepsDone;
                sinceCancel.start();
                cancel = true;
            }
        }, &cancel);
        const qint64 latency = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
        QVERIFY(status);
        QVERIFY2(doneAtCancel >= 3 && doneAtCancel < 16, qPrintable(QString::number(doneAtCancel)));
        qInfo("cancel_latency_60s_video: %lld ms (after frame %d of 16)", latency, doneAtCancel);
        QVERIFY2(latency >= 0 && latency < 5000, qPrintable(QString::number(latency)));
        QCOMPARE(queuedVideoJobs(), 1);   // back in the queue, to run again next time
    }
};

QTEST_GUILESS_MAIN(TestJobProgress)
#include "tst_jobprogress.moc"
