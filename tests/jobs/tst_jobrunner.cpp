// The job runner with the real processing handlers (thumbnails, smart tags) over a real
// catalog of imported photos: cancel, pause/resume, failures and retry, vanished assets.
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "importing/importer.h"
#include "jobs/jobqueue.h"
#include "jobs/jobrunner.h"
#include "ml/modelinstaller.h"
#include "processing/processingpipeline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace tagsmith;

namespace {

const QString kPhotos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos");

// The heaviest decodes of the photo set (12-20 MP), so that one batch takes well over a second.
const QStringList kHeavy = {
    QStringLiteral("nuthatch_bird_on_tree_20mp.jpg"), QStringLiteral("circuit_board_closeup_phone_12mp.jpg"),
    QStringLiteral("dog_samoyed_indoor_phone_12mp_exif_orient3.jpg"), QStringLiteral("tree_leaves_against_sky_13mp.jpg"),
    QStringLiteral("dandelion_seed_heads_16mp.jpg"), QStringLiteral("forest_path_16bit.png"),
    QStringLiteral("kites_beach_people_darknet.jpg"), QStringLiteral("pine_seedlings_24bit.bmp"),
    QStringLiteral("graffiti_wall.png"), QStringLiteral("astronaut_eileen_collins.png"),
    QStringLiteral("forest_stream_rocks.jpg"), QStringLiteral("baboon_mandrill.jpg")};

int count(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(db, statement, values, 0).toInt();
}

// Runs a pass on its own thread and notes when it returned on `clock`.
class Pass {
public:
    Pass(JobRunner &runner, const std::atomic<bool> *cancel, const std::atomic<bool> *pause, const QElapsedTimer &clock)
    {
        m_thread.reset(QThread::create([&runner, cancel, pause, &clock, this] {
            m_status = runner.runUntilIdle({}, cancel, pause);
            m_returnedAt = clock.elapsed();
        }));
        m_thread->start();
    }
    ~Pass() { m_thread->wait(); }
    bool isFinished() const { return m_thread->isFinished(); }
    qint64 returnedAt() const { return m_returnedAt; }
    const Status &status() const { return m_status; }

private:
    std::unique_ptr<QThread> m_thread;
    Status m_status = success();
    std::atomic<qint64> m_returnedAt{-1};
};

} // namespace

class TestJobRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cancelStopsWithinOneSecond_data();
    void cancelStopsWithinOneSecond();
    void pauseStopsAndNextRunDrains();
    void failedJobsAreListedAndRetried_data();
    void failedJobsAreListedAndRetried();
    void jobOfVanishedAssetIsDropped();

private:
    // Copies `files` into the library, imports them (which queues their jobs).
    void importPhotos(const QStringList &files);
    std::unique_ptr<JobRunner> runner(JobRunnerOptions options = {}) const;
    // Every asset's job is either still queued or fully done (history row), never both or neither.
    void verifyNothingHalfWritten(const QString &kind);

    QTemporaryDir m_models;
    std::unique_ptr<QTemporaryDir> m_dir;
    CatalogPtr m_catalog;
    QSqlDatabase m_db;
};

void TestJobRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_models.isValid());
    const ml::ModelInstallReport installed = ml::ModelInstaller::install(QStringLiteral(TAGSMITH_SHARED_DIR "/models"), m_models.path());
    QVERIFY2(installed.failed.isEmpty(), qPrintable(installed.failed.value(0).reason));
}

void TestJobRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("library"))));
    auto catalog = Catalog::open(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(catalog, qPrintable(catalog.error()));
    m_catalog = catalog.value();
    m_db = m_catalog->connection();
}

void TestJobRunner::cleanup()
{
    m_db = {};
    m_catalog.reset();
    m_dir.reset();
}

void TestJobRunner::importPhotos(const QStringList &files)
{
    for (const QString &file : files)
        QVERIFY2(QFile::copy(kPhotos + QLatin1Char('/') + file, m_dir->filePath(QStringLiteral("library/") + file)), qPrintable(file));
    const ImportReport report = Importer(m_catalog).run({m_dir->filePath(QStringLiteral("library"))});
    QCOMPARE(report.added, int(files.size()));
    QCOMPARE(report.failed, 0);
}

std::unique_ptr<JobRunner> TestJobRunner::runner(JobRunnerOptions options) const
{
    ProcessingHandlers handlers = makeProcessingHandlers(m_catalog, m_models.path(), options.inferenceThreads);
    if (!handlers.smartTagsOff.isEmpty())
        qWarning("%s", qPrintable(handlers.smartTagsOff));
    return std::make_unique<JobRunner>(m_catalog, handlers.handlers, options);
}

void TestJobRunner::verifyNothingHalfWritten(const QString &kind)
{
    const int assets = count(m_db, QStringLiteral("SELECT COUNT(*) FROM assets WHERE kind = 'image'"));
    const int queued = count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind = ? AND state = 'queued'"), {kind});
    const int done = count(m_db, QStringLiteral("SELECT COUNT(*) FROM job_history WHERE kind = ?"), {kind});
    const int both = count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs j JOIN job_history h USING(asset_id, kind) WHERE kind = ?"), {kind});
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'running'")), 0);
    QCOMPARE(both, 0);
    QCOMPARE(queued + done, assets);
    // Smart tags are written with their job's completion: no tags for an asset still queued.
    if (kind == JobKind::Tag)
        QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM asset_tags t JOIN jobs j ON j.asset_id = t.asset_id "
                                            "AND j.kind = 'tag' WHERE t.source = 'smart'")), 0);
}

void TestJobRunner::cancelStopsWithinOneSecond_data()
{
    QTest::addColumn<int>("decodeThreads");
    QTest::addColumn<int>("inferenceThreads");
    QTest::newRow("one worker each") << 1 << 1;
    QTest::newRow("default pools") << 0 << 0;
}

void TestJobRunner::cancelStopsWithinOneSecond()
{
    QFETCH(int, decodeThreads);
    QFETCH(int, inferenceThreads);
    importPhotos(kHeavy);
    const int total = count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs"));
    QVERIFY(total >= 2 * int(kHeavy.size()));   // thumbnail and smart tags for each photo

    auto jobs = runner({decodeThreads, inferenceThreads});
    std::atomic<bool> cancel{false};
    QElapsedTimer clock;
    clock.start();
    Pass pass(*jobs, &cancel, nullptr, clock);
    // Cancel while a batch is being worked on.
    QTRY_VERIFY_WITH_TIMEOUT(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'running'")) > 0, 30000);
    const qint64 cancelledAt = clock.elapsed();
    cancel = true;
    QTRY_VERIFY_WITH_TIMEOUT(pass.isFinished(), 30000);
    const qint64 took = pass.returnedAt() - cancelledAt;
    qInfo("cancel took %lld ms", took);
    QVERIFY2(took < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(took)));
    QVERIFY2(pass.status(), qPrintable(pass.status().error()));
    QVERIFY(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")) > 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'failed'")), 0);
    verifyNothingHalfWritten(JobKind::Thumbnail);
    verifyNothingHalfWritten(JobKind::Tag);
}

void TestJobRunner::pauseStopsAndNextRunDrains()
{
    importPhotos(kHeavy.mid(4));
    auto jobs = runner({1, 1});
    std::atomic<bool> pause{false};
    int batches = 0;
    QVERIFY(jobs->runUntilIdle([&](const JobProgress &) { ++batches; pause = true; }, nullptr, &pause));
    QCOMPARE(batches, 1);
    QVERIFY(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")) > 0);
    verifyNothingHalfWritten(JobKind::Thumbnail);
    verifyNothingHalfWritten(JobKind::Tag);

    pause = false;
    JobProgress last;
    QVERIFY(jobs->runUntilIdle([&](const JobProgress &state) { last = state; }, nullptr, &pause));
    QCOMPARE(last.remaining, 0);
    QCOMPARE(last.failed, 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs")), 0);
    const int photos = int(kHeavy.size()) - 4;
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM job_history WHERE kind = 'thumbnail'")), photos);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM job_history WHERE kind = 'tag'")), photos);
}

void TestJobRunner::failedJobsAreListedAndRetried_data()
{
    QTest::addColumn<bool>("deleted");   // else cut to its first 200 bytes (a cut image may still decode)
    QTest::newRow("file deleted after import") << true;
    QTest::newRow("file truncated after import") << false;
}

void TestJobRunner::failedJobsAreListedAndRetried()
{
    QFETCH(bool, deleted);
    const QString victim = QStringLiteral("baboon_mandrill.jpg");
    importPhotos({QStringLiteral("aloe_plant_pot.jpg"), victim});
    const QString path = QDir(m_dir->filePath(QStringLiteral("library"))).canonicalPath() + QLatin1Char('/') + victim;
    QFile file(path);
    if (deleted) {
        QVERIFY(file.remove());
    } else {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(200));
        file.close();
    }

    auto jobs = runner({1, 1});
    JobProgress last;
    QVERIFY(jobs->runUntilIdle([&](const JobProgress &state) { last = state; }));
    JobQueue queue(m_db);
    auto failed = queue.failed();
    QVERIFY(failed);
    QVERIFY(!failed.value().isEmpty());
    QCOMPARE(last.failed, int(failed.value().size()));
    const qint64 victimId = count(m_db, QStringLiteral("SELECT id FROM assets WHERE path = ?"), {path});
    QVERIFY(victimId > 0);
    for (const JobRecord &job : failed.value()) {
        QCOMPARE(job.assetId, victimId);
        QCOMPARE(job.state, QStringLiteral("failed"));
        QVERIFY2(job.error.size() > 5, qPrintable(job.error));
        QCOMPARE(job.attempts, 1);
    }
    auto counts = queue.counts();
    QVERIFY(counts);
    QCOMPARE(counts.value().failed, int(failed.value().size()));
    QCOMPARE(counts.value().queued, 0);

    // Retry after the file is back: the jobs run again and succeed.
    QVERIFY(queue.retryFailed());
    counts = queue.counts();
    QCOMPARE(counts.value().queued, int(failed.value().size()));
    QCOMPARE(counts.value().failed, 0);
    QVERIFY(QFile::remove(path) || deleted);
    QVERIFY(QFile::copy(kPhotos + QLatin1Char('/') + victim, path));
    QVERIFY(jobs->runUntilIdle([&](const JobProgress &state) { last = state; }));
    const auto again = queue.failed();
    QVERIFY2(again && again.value().isEmpty(), qPrintable(again ? again.value().value(0).error : again.error()));
    QCOMPARE(last.failed, 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs")), 0);
    // Each failed job is done now (a tag job also queues its follow-up, the generic objects).
    QStringList kinds;
    for (const JobRecord &job : failed.value())
        kinds << job.kind;
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM job_history WHERE asset_id = ? AND instr(?, '|' || kind || '|') > 0"),
                   {victimId, QLatin1Char('|') + kinds.join(QLatin1Char('|')) + QLatin1Char('|')}),
             int(failed.value().size()));
}

void TestJobRunner::jobOfVanishedAssetIsDropped()
{
    importPhotos({QStringLiteral("aloe_plant_pot.jpg"), QStringLiteral("baboon_mandrill.jpg")});
    const qint64 gone = count(m_db, QStringLiteral("SELECT id FROM assets WHERE path LIKE '%baboon%'"));
    QVERIFY(gone > 0);
    // The asset row disappears under its queued jobs (as if removed between queueing and claiming).
    QVERIFY(sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(sql::exec(m_db, QStringLiteral("DELETE FROM assets WHERE id = ?"), {gone}));
    QVERIFY(sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE asset_id = ?"), {gone}) > 0);

    JobProgress last;
    QVERIFY(runner({1, 1})->runUntilIdle([&](const JobProgress &state) { last = state; }));
    QCOMPARE(last.failed, 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM jobs")), 0);
    // Dropped, not recorded as done; the other asset is processed as usual.
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM job_history WHERE asset_id = ?"), {gone}), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT COUNT(*) FROM job_history WHERE kind = 'thumbnail'")), 1);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
