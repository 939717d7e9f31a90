#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/folderrepository.h"
#include "catalog/modelrepository.h"
#include "catalog/sql.h"
#include "importing/importer.h"
#include "jobs/jobqueue.h"
#include "processing/objectjob.h"
#include "processing/videotagjob.h"
#include "scheduling/periodictagging.h"
#include "scheduling/periodictraining.h"
#include "scheduling/scheduler.h"
#include "scheduling/scheduletimer.h"
#include "scheduling/schedulestore.h"
#include "ui/folderwatcher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

// A real catalog over real photos in root/, root/a, root/a/b and root/c; the folder settings,
// the schedules and the watcher are exercised against it.
class TestScheduler : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    CatalogPtr m_catalog;

    static QString photo(const char *name) { return QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + QString::fromUtf8(name); }

    QString at(const QString &relative) const { return relative.isEmpty() ? m_root : m_root + QLatin1Char('/') + relative; }

    QSqlDatabase db() const { return m_catalog->connection(); }

    qint64 assetId(const QString &relative) const
    {
        auto asset = AssetRepository(db()).findByPath(at(relative));
        return asset && asset.value() ? asset.value()->id : 0;
    }

    QSet<qint64> queuedTagJobs() const
    {
        QSet<qint64> ids;
        auto query = sql::exec(db(), QStringLiteral("SELECT asset_id FROM jobs WHERE kind IN ('tag', 'video-tag')"));
        while (query && query.value().next())
            ids.insert(query.value().value(0).toLongLong());
        return ids;
    }

    void clearQueue() { QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM jobs")).ok()); }

    void setAll(const QString &value)
    {
        for (const QString &folder : {QString(), QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("c")})
            for (FolderSwitch which : {FolderSwitch::SmartTags, FolderSwitch::VideoTags, FolderSwitch::GenericLabels})
                QVERIFY2(FolderRepository(db()).setSwitch(which, at(folder), value).ok(), qPrintable(folder));
    }

    // Marks an asset tagged at `when` for the content hash `hash` (its own when empty).
    void markTagged(const QString &relative, const QDateTime &when, const QString &hash = {})
    {
        auto asset = AssetRepository(db()).findByPath(at(relative));
        QVERIFY(asset && asset.value());
        QVERIFY(sql::exec(db(), QStringLiteral("INSERT OR REPLACE INTO job_history(asset_id, kind, content_hash, done_at) VALUES(?,?,?,?)"),
                          {asset.value()->id, JobKind::Tag, hash.isEmpty() ? asset.value()->contentHash : hash, when.toSecsSinceEpoch()})
                    .ok());
    }

    QJsonDocument cli(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TAGSMITH_CLI), QStringList{QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("cli.sqlite")),
                                                               QStringLiteral("--models"), m_dir.filePath(QStringLiteral("models")),
                                                               QStringLiteral("--json")} + arguments);
        process.waitForFinished(300'000);
        *exitCode = process.exitCode();
        return QJsonDocument::fromJson(process.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir base(m_dir.path());
        QVERIFY(base.mkpath(QStringLiteral("root/a/b")) && base.mkpath(QStringLiteral("root/c")));
        m_root = QDir(m_dir.filePath(QStringLiteral("root"))).canonicalPath();
        QVERIFY(QFile::copy(photo("aerial_city_view.jpg"), at(QStringLiteral("top.jpg"))));
        QVERIFY(QFile::copy(photo("aloe_plant_pot.jpg"), at(QStringLiteral("a/a.jpg"))));
        QVERIFY(QFile::copy(photo("baboon_mandrill.jpg"), at(QStringLiteral("a/b/b.jpg"))));
        QVERIFY(QFile::copy(photo("beach_dune_grass.jpg"), at(QStringLiteral("c/c.jpg"))));
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/videos/dog_portrait_rotate90.mp4"), at(QStringLiteral("a/clip.mp4"))));
        auto catalog = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(catalog, qPrintable(catalog.error()));
        m_catalog = catalog.value();
        const ImportReport report = Importer(m_catalog).run({m_root});
        QCOMPARE(report.added, 5);
    }

    void init() { setAll(QStringLiteral("inherit")); }

    void inheritance_data()
    {
        QTest::addColumn<QStringList>("settings");   // "folder=value", folder relative to the root
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("isDefault");
        QTest::newRow("root defaults to enable") << QStringList() << QString() << true << QString() << true;
        QTest::newRow("subfolder inherits the root default") << QStringList() << QStringLiteral("a/b") << true << QString() << true;
        QTest::newRow("explicit on the folder") << QStringList{QStringLiteral("a/b=disable")} << QStringLiteral("a/b") << false
                                                << QStringLiteral("a/b") << false;
        QTest::newRow("nearest ancestor wins") << QStringList{QStringLiteral("=disable"), QStringLiteral("a=enable")}
                                               << QStringLiteral("a/b") << true << QStringLiteral("a") << false;
        QTest::newRow("root disable reaches the leaves") << QStringList{QStringLiteral("=disable")} << QStringLiteral("a/b")
                                                         << false << QString() << false;
        QTest::newRow("sibling unaffected") << QStringList{QStringLiteral("a=disable")} << QStringLiteral("c") << true
                                            << QString() << true;
    }

    void inheritance()
    {
        QFETCH(QStringList, settings);
        QFETCH(QString, folder);
        QFETCH(bool, enabled);
        QFETCH(QString, source);
        QFETCH(bool, isDefault);
        FolderRepository folders(db());
        for (const QString &setting : settings)
            QVERIFY(folders.setSmartTags(at(setting.section(QLatin1Char('='), 0, 0)), setting.section(QLatin1Char('='), 1)).ok());
        auto resolved = folders.smartTags(at(folder));
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(resolved.value().enabled, enabled);
        QCOMPARE(resolved.value().source, at(source));
        QCOMPARE(resolved.value().isDefault, isDefault);
    }

    void rejectsUnknownValuesAndFolders()
    {
        FolderRepository folders(db());
        QVERIFY(!folders.setSmartTags(m_root, QStringLiteral("maybe")));
        QVERIFY(!folders.setSmartTags(at(QStringLiteral("nowhere")), QStringLiteral("enable")));
        QVERIFY(!folders.smartTags(at(QStringLiteral("nowhere"))));
    }

    void due_data()
    {
        QTest::addColumn<int>("dayOfWeek");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("lastRun");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("due");
        const QDate saturday(2026, 11, 21);
        const QTime midnight(0, 0);
        const QTime halfPast(0, 30);
        QTest::newRow("daily, never ran") << 0 << midnight << QDateTime() << QDateTime(saturday, QTime(9, 0)) << true;
        QTest::newRow("daily, ran yesterday evening") << 0 << midnight << QDateTime(saturday.addDays(-1), QTime(23, 59))
                                                      << QDateTime(saturday, QTime(0, 1)) << true;
        QTest::newRow("daily, before midnight") << 0 << midnight << QDateTime(saturday.addDays(-1), QTime(12, 0))
                                                << QDateTime(saturday.addDays(-1), QTime(23, 59)) << false;
        QTest::newRow("daily, ran after today's slot") << 0 << midnight << QDateTime(saturday, QTime(0, 0, 30))
                                                       << QDateTime(saturday, QTime(23, 0)) << false;
        QTest::newRow("daily, missed for days catches up") << 0 << midnight << QDateTime(saturday.addDays(-3), QTime(0, 1))
                                                           << QDateTime(saturday, QTime(10, 0)) << true;
        QTest::newRow("weekly, next Friday") << int(Qt::Saturday) << halfPast << QDateTime(saturday, QTime(0, 31))
                                             << QDateTime(saturday.addDays(6), QTime(23, 0)) << false;
        QTest::newRow("weekly, Saturday 00:29") << int(Qt::Saturday) << halfPast << QDateTime(saturday, QTime(0, 31))
                                                << QDateTime(saturday.addDays(7), QTime(0, 29)) << false;
        QTest::newRow("weekly, Saturday 00:30") << int(Qt::Saturday) << halfPast << QDateTime(saturday, QTime(0, 31))
                                                << QDateTime(saturday.addDays(7), QTime(0, 30)) << true;
        QTest::newRow("weekly, missed weeks catch up on a Wednesday") << int(Qt::Saturday) << halfPast
                                                                      << QDateTime(saturday.addDays(-21), QTime(1, 0))
                                                                      << QDateTime(saturday.addDays(4), QTime(8, 0)) << true;
    }

    void due()
    {
        QFETCH(int, dayOfWeek);
        QFETCH(QTime, time);
        QFETCH(QDateTime, lastRun);
        QFETCH(QDateTime, now);
        QFETCH(bool, due);
        const ScheduleSpec spec{QStringLiteral("x"), dayOfWeek, time};
        QCOMPARE(spec.isDue(lastRun, now), due);
        const QDateTime next = spec.nextSlot(now);
        QVERIFY(next > now && next <= now.addDays(7));
        QCOMPARE(next.time(), time);
        if (dayOfWeek != 0)
            QCOMPARE(next.date().dayOfWeek(), dayOfWeek);
    }

    void nothingRunsTwiceAndMissedRunsCatchUp()
    {
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM schedule_runs")).ok());
        clearQueue();
        const QDateTime saturday(QDate(2026, 11, 21), QTime(9, 0));
        auto first = Scheduler(m_catalog, m_dir.filePath(QStringLiteral("no-models"))).runDue(saturday);
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first.value().size(), 2);   // never ran: both catch up
        auto again = Scheduler(m_catalog, m_dir.filePath(QStringLiteral("no-models"))).runDue(saturday.addSecs(3600));
        QVERIFY(again);
        QVERIFY(again.value().isEmpty());
        // The app was closed for two days: the next start runs the daily tagging once, not twice.
        auto later = Scheduler(m_catalog, {}).runDue(saturday.addDays(2));
        QVERIFY(later);
        QCOMPARE(later.value().size(), 1);
        QCOMPARE(later.value().first().name, ScheduleName::Tagging);
        auto states = Scheduler(m_catalog, {}).states(saturday.addDays(2));
        QVERIFY(states);
        for (const ScheduleState &state : states.value())
            QVERIFY2(!state.due, qPrintable(state.name));
    }

    void timerCatchesUpAtStart()
    {
        // A Tuesday noon: the weekly training ran on Saturday, today's tagging was missed.
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0));
        QVERIFY(ScheduleStore(db()).setLastRun(ScheduleName::Training, now.addDays(-1)).ok());
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM schedule_runs WHERE name = ?"), {ScheduleName::Tagging}).ok());
        ScheduleTimer timer(m_catalog, m_dir.filePath(QStringLiteral("no-models")), nullptr, 60 * 1000, [now] { return now; });
        QSignalSpy ran(&timer, &ScheduleTimer::ran);
        QTRY_COMPARE(ran.count(), 1);
        QCOMPARE(ran.first().first().toStringList(), QStringList{ScheduleName::Tagging});
        auto states = Scheduler(m_catalog, {}).states(now);
        QVERIFY(states);
        QVERIFY(!states.value().first().due);   // recorded: the next check finds nothing until tomorrow
    }

    void sixMonthRule()
    {
        clearQueue();
        const QDateTime now(QDate(2026, 11, 21), QTime(0, 0));
        markTagged(QStringLiteral("top.jpg"), now.addMonths(-7));                   // stale: re-tagged
        markTagged(QStringLiteral("a/a.jpg"), now.addMonths(-1));                   // recent, unchanged: skipped
        markTagged(QStringLiteral("a/b/b.jpg"), now.addDays(-1), QStringLiteral("old-content"));   // modified
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM job_history WHERE asset_id = ?"), {assetId(QStringLiteral("c/c.jpg"))}).ok());
        auto queued = queuePeriodicTagging(db(), now);
        QVERIFY2(queued, qPrintable(queued.error()));
        QCOMPARE(queued.value(), 4);   // and the video, never tagged
        QCOMPARE(queuedTagJobs(), (QSet<qint64>{assetId(QStringLiteral("top.jpg")), assetId(QStringLiteral("a/b/b.jpg")),
                                                assetId(QStringLiteral("c/c.jpg")), assetId(QStringLiteral("a/clip.mp4"))}));
        QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT kind FROM jobs WHERE asset_id = ?"), {assetId(QStringLiteral("a/clip.mp4"))}).toString(),
                 VideoTagJob::Kind);
    }

    void disabledFoldersAreNotTagged()
    {
        clearQueue();
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM job_history")).ok());
        QVERIFY(FolderRepository(db()).setSmartTags(at(QStringLiteral("a")), QStringLiteral("disable")).ok());
        QVERIFY(FolderRepository(db()).setSmartTags(at(QStringLiteral("a/b")), QStringLiteral("enable")).ok());
        auto queued = queuePeriodicTagging(db(), QDateTime(QDate(2026, 11, 24), QTime(12, 0)));
        QVERIFY(queued);
        const QSet<qint64> enabled{assetId(QStringLiteral("top.jpg")), assetId(QStringLiteral("a/b/b.jpg")),
                                   assetId(QStringLiteral("c/c.jpg"))};
        QCOMPARE(queuedTagJobs(), enabled);
        // Every other writer of tag jobs (import, training, autotag) is held to the setting by the schema.
        clearQueue();
        QVERIFY(JobQueue(db()).enqueueAll(JobKind::Tag, QStringLiteral("image"), JobPriority::Background).ok());
        QVERIFY(JobQueue(db()).enqueue(JobKind::Tag, assetId(QStringLiteral("a/a.jpg")), JobPriority::UserAction).ok());
        QVERIFY(JobQueue(db()).enqueue(VideoTagJob::Kind, assetId(QStringLiteral("a/clip.mp4")), JobPriority::UserAction).ok());
        QCOMPARE(queuedTagJobs(), enabled);
        QVERIFY(JobQueue(db()).enqueue(JobKind::Thumbnail, assetId(QStringLiteral("a/a.jpg")), JobPriority::UserAction).ok());
        // Disabling a folder drops the tag jobs already queued below it.
        QVERIFY(FolderRepository(db()).setSmartTags(m_root, QStringLiteral("disable")).ok());
        QCOMPARE(queuedTagJobs(), QSet<qint64>{assetId(QStringLiteral("a/b/b.jpg"))});
        clearQueue();
    }

    void videoTaggingHasItsOwnSwitch()
    {
        clearQueue();
        const qint64 clip = assetId(QStringLiteral("a/clip.mp4"));
        const qint64 photo = assetId(QStringLiteral("a/a.jpg"));
        QVERIFY(clip && photo);
        QVERIFY(JobQueue(db()).enqueue(VideoTagJob::Kind, clip, JobPriority::UserAction).ok());
        QVERIFY(JobQueue(db()).enqueue(JobKind::Tag, photo, JobPriority::UserAction).ok());
        // Turning video tagging off above the clip drops its queued job but leaves image tagging alone.
        QVERIFY(FolderRepository(db()).setSwitch(FolderSwitch::VideoTags, m_root, QStringLiteral("disable")).ok());
        QCOMPARE(queuedTagJobs(), QSet<qint64>{photo});
        QVERIFY(JobQueue(db()).enqueue(VideoTagJob::Kind, clip, JobPriority::UserAction).ok());
        QCOMPARE(queuedTagJobs(), QSet<qint64>{photo});
        // A subfolder can opt back in; the resolution is the same as for smart tags.
        QVERIFY(FolderRepository(db()).setSwitch(FolderSwitch::VideoTags, at(QStringLiteral("a")), QStringLiteral("enable")).ok());
        QVERIFY(JobQueue(db()).enqueue(VideoTagJob::Kind, clip, JobPriority::UserAction).ok());
        QCOMPARE(queuedTagJobs(), (QSet<qint64>{photo, clip}));
        auto setting = FolderRepository(db()).switchSetting(FolderSwitch::VideoTags, at(QStringLiteral("a/b")));
        QVERIFY(setting);
        QVERIFY(setting.value().enabled);
        QCOMPARE(setting.value().source, at(QStringLiteral("a")));
        // Generic labels switch resolves independently of both; turning it off drops queued COCO jobs only.
        QVERIFY(JobQueue(db()).enqueue(ObjectJob::Kind, photo, JobPriority::Background).ok());
        QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT count(*) FROM jobs WHERE kind = ?"), {ObjectJob::Kind}).toInt(), 1);
        QVERIFY(FolderRepository(db()).setSwitch(FolderSwitch::GenericLabels, at(QStringLiteral("a")), QStringLiteral("disable")).ok());
        QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT count(*) FROM jobs WHERE kind = ?"), {ObjectJob::Kind}).toInt(), 0);
        QCOMPARE(queuedTagJobs(), (QSet<qint64>{photo, clip}));
        QVERIFY(FolderRepository(db()).setSwitch(FolderSwitch::GenericLabels, at(QStringLiteral("a")), QStringLiteral("inherit")).ok());
        QVERIFY(FolderRepository(db()).setSwitch(FolderSwitch::GenericLabels, at(QStringLiteral("c")), QStringLiteral("disable")).ok());
        auto generic = FolderRepository(db()).enabledFolders(FolderSwitch::GenericLabels);
        QVERIFY(generic);
        QVERIFY(!generic.value().isEmpty());
        auto folderC = FolderRepository(db()).switchSetting(FolderSwitch::GenericLabels, at(QStringLiteral("c")));
        QVERIFY(folderC);
        QVERIFY(!folderC.value().enabled);
        QVERIFY(FolderRepository(db()).smartTags(at(QStringLiteral("c"))).value().enabled);
        QVERIFY(!FolderRepository(db()).setSwitch(FolderSwitch::VideoTags, m_root, QStringLiteral("off")).ok());
        clearQueue();
    }

    void trainingPicksModelsWithExamplesInEnabledFolders()
    {
        ModelRepository models(db());
        auto inEnabled = models.create(QStringLiteral("sched-plants"), {});
        auto inDisabled = models.create(QStringLiteral("sched-animals"), {});
        QVERIFY(inEnabled && inDisabled);
        QVERIFY(models.setExamples(inEnabled.value(), {ModelExamples{QStringLiteral("sched/plant"), {assetId(QStringLiteral("a/a.jpg"))}},
                                                       ModelExamples{QStringLiteral("sched/coast"), {assetId(QStringLiteral("c/c.jpg"))}}}).ok());
        QVERIFY(models.setExamples(inDisabled.value(), {ModelExamples{QStringLiteral("sched/monkey"), {assetId(QStringLiteral("c/c.jpg"))}}}).ok());
        QVERIFY(FolderRepository(db()).setSmartTags(at(QStringLiteral("c")), QStringLiteral("disable")).ok());
        auto chosen = modelsForPeriodicTraining(db());
        QVERIFY2(chosen, qPrintable(chosen.error()));
        QStringList names;
        for (const ModelRecord &model : chosen.value())
            names << model.name;
        QCOMPARE(names, QStringList{QStringLiteral("sched-plants")});
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM models")).ok());
    }

    void runDueThroughTheCli()
    {
        // Imported before the models are installed, so no tagging happened yet; then a/ is disabled.
        int code = -1;
        cli({QStringLiteral("import"), m_root}, &code);
        QCOMPARE(code, 0);
        cli({QStringLiteral("folder"), QStringLiteral("smart-tags"), at(QStringLiteral("a")), QStringLiteral("disable")}, &code);
        QCOMPARE(code, 0);
        cli({QStringLiteral("models"), QStringLiteral("install"), QStringLiteral(TAGSMITH_SHARED_DIR "/models")}, &code);
        QCOMPARE(code, 0);
        const QJsonObject info = cli({QStringLiteral("folder"), QStringLiteral("info"), at(QStringLiteral("a/b"))}, &code).object();
        QCOMPARE(code, 0);
        QCOMPARE(info.value(QStringLiteral("effective")).toString(), QStringLiteral("disable"));
        QCOMPARE(info.value(QStringLiteral("inherited_from")).toString(), at(QStringLiteral("a")));
        cli({QStringLiteral("folder"), QStringLiteral("video-tags"), at(QStringLiteral("c")), QStringLiteral("disable")}, &code);
        QCOMPARE(code, 0);
        const QJsonObject infoC = cli({QStringLiteral("folder"), QStringLiteral("info"), at(QStringLiteral("c"))}, &code).object();
        QCOMPARE(code, 0);
        QCOMPARE(infoC.value(QStringLiteral("video_tags_setting")).toObject().value(QStringLiteral("effective")).toString(), QStringLiteral("disable"));
        QCOMPARE(infoC.value(QStringLiteral("generic_labels_setting")).toObject().value(QStringLiteral("effective")).toString(), QStringLiteral("enable"));
        QCOMPARE(infoC.value(QStringLiteral("effective")).toString(), QStringLiteral("enable"));
        cli({QStringLiteral("folder"), QStringLiteral("video-tags"), at(QStringLiteral("c")), QStringLiteral("inherit")}, &code);
        QCOMPARE(code, 0);

        const QString now = QStringLiteral("2026-11-21T00:31:00");
        const QJsonObject first = cli({QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("--now"), now}, &code).object();
        QCOMPARE(code, 0);
        QStringList ran;
        for (const QJsonValue &run : first.value(QStringLiteral("ran")).toArray())
            ran << run.toObject().value(QStringLiteral("schedule")).toString();
        QCOMPARE(ran, (QStringList{ScheduleName::Tagging, ScheduleName::Training}));
        QCOMPARE(first.value(QStringLiteral("ran")).toArray().first().toObject().value(QStringLiteral("queued")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("failed")).toInt(), 0);

        auto cliCatalog = Catalog::open(m_dir.filePath(QStringLiteral("cli.sqlite")));
        QVERIFY(cliCatalog);
        const QSqlDatabase cdb = cliCatalog.value()->connection();
        const auto smartTagged = [&](const QString &relative) {
            return sql::scalar(cdb, QStringLiteral("SELECT COUNT(*) FROM job_history h JOIN assets a ON a.id = h.asset_id "
                                                   "WHERE a.path = ? AND h.kind IN ('tag', 'video-tag')"), {at(relative)}).toInt() > 0;
        };
        QVERIFY(smartTagged(QStringLiteral("top.jpg")));
        QVERIFY(smartTagged(QStringLiteral("c/c.jpg")));
        QVERIFY(!smartTagged(QStringLiteral("a/a.jpg")));
        QVERIFY(!smartTagged(QStringLiteral("a/b/b.jpg")));
        QVERIFY(!smartTagged(QStringLiteral("a/clip.mp4")));

        const QJsonObject again = cli({QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("--now"), now}, &code).object();
        QCOMPARE(code, 0);
        QVERIFY(again.value(QStringLiteral("ran")).toArray().isEmpty());
        const QJsonArray status = cli({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--now"), now}, &code).array();
        QCOMPARE(code, 0);
        QCOMPARE(status.size(), 2);
        QCOMPARE(status.at(1).toObject().value(QStringLiteral("next")).toString(), QStringLiteral("2026-11-28T00:30:00"));
    }

    void weeklyTrainingRetrainsFromStoredExamples()
    {
        // Ten examples each of two tags, in their own root.
        const QString examples = m_dir.filePath(QStringLiteral("examples"));
        for (const QString &tag : {QStringLiteral("hat"), QStringLiteral("shoes")}) {
            const QString source = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/fewshot/clothing/train/") + tag;
            QVERIFY(QDir().mkpath(examples + QLatin1Char('/') + tag));
            const QStringList files = QDir(source).entryList(QDir::Files, QDir::Name).mid(0, 10);
            QCOMPARE(files.size(), 10);
            for (const QString &file : files)
                QVERIFY(QFile::copy(source + QLatin1Char('/') + file, examples + QLatin1Char('/') + tag + QLatin1Char('/') + file));
        }
        int code = -1;
        cli({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("sched-clothes"), QStringLiteral("--from-folders"), examples}, &code);
        QCOMPARE(code, 0);
        const auto trained = [&](const QString &now) {
            QStringList models;
            const QJsonObject result = cli({QStringLiteral("schedule"), QStringLiteral("run-due"), QStringLiteral("--now"), now}, &code).object();
            for (const QJsonValue &run : result.value(QStringLiteral("ran")).toArray())
                if (run.toObject().value(QStringLiteral("schedule")).toString() == ScheduleName::Training)
                    for (const QJsonValue &model : run.toObject().value(QStringLiteral("trained")).toArray())
                        models << model.toString();
            return models;
        };
        QCOMPARE(trained(QStringLiteral("2026-11-28T00:31:00")), QStringList{QStringLiteral("sched-clothes v2 (trained)")});
        QCOMPARE(code, 0);
        // With its examples' folder disabled the model is left alone.
        cli({QStringLiteral("folder"), QStringLiteral("smart-tags"), examples, QStringLiteral("disable")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(trained(QStringLiteral("2026-12-05T00:31:00")), QStringList());
        QCOMPARE(code, 0);
    }

    void timesComeFromTheSettings()
    {
        const QString conf = m_dir.filePath(QStringLiteral("config/tagsmith/tagsmith.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(conf).path()));
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[schedule]\ntaggingTime=03:15\ntrainingDay=3\ntrainingTime=22:00\n");
        file.close();
        int code = -1;
        const QJsonArray status = cli({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--now"),
                                       QStringLiteral("2026-11-21T09:00:00")}, &code).array();
        QVERIFY(QFile::remove(conf));
        QCOMPARE(code, 0);
        QCOMPARE(status.size(), 2);
        QCOMPARE(status.at(0).toObject().value(QStringLiteral("next")).toString(), QStringLiteral("2026-11-22T03:15:00"));
        QCOMPARE(status.at(1).toObject().value(QStringLiteral("next")).toString(), QStringLiteral("2026-11-25T22:00:00"));
    }

    void watcherImportsACopiedFile()
    {
        FolderWatcher watcher(m_catalog, nullptr, 100);
        QSignalSpy imported(&watcher, &FolderWatcher::imported);
        QTRY_VERIFY(watcher.watchedFolders().contains(at(QStringLiteral("a/b"))));
        QVERIFY(QFile::copy(photo("beach_bridge_structure.jpg"), at(QStringLiteral("a/b/new.jpg"))));
        QTRY_VERIFY_WITH_TIMEOUT(imported.count() > 0, 20'000);
        QVERIFY(assetId(QStringLiteral("a/b/new.jpg")) > 0);
        // A folder made after the watch started is watched too, and its files imported.
        QVERIFY(QDir(m_root).mkpath(QStringLiteral("d")));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.watchedFolders().contains(at(QStringLiteral("d"))), 20'000);
        QVERIFY(QFile::copy(photo("aloe_plant_pot.jpg"), at(QStringLiteral("d/d.jpg"))));
        QTRY_VERIFY_WITH_TIMEOUT(assetId(QStringLiteral("d/d.jpg")) > 0, 20'000);
    }
};

QTEST_MAIN(TestScheduler)
#include "tst_scheduler.moc"
