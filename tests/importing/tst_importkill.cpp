#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "importing/filewalker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

// SIGKILLs a real `tagsmith-cli import` at random moments and checks that the catalog
// stays intact, the import completes on re-run, and nothing is recorded twice.
class TestImportKill : public QObject {
    Q_OBJECT

    const QString m_datasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");
    QTemporaryDir m_cache;   // thumbnails of these runs

    QProcess *startImport(const QString &catalogPath, QObject *parent)
    {
        auto *process = new QProcess(parent);
        process->setProgram(QStringLiteral(TAGSMITH_CLI));
        // --wait tags: the generic object detection (minutes for this folder) stays queued; what
        // is tested is the import and the user's processing surviving kills.
        process->setArguments({QStringLiteral("--catalog"), catalogPath, QStringLiteral("--json"), QStringLiteral("import"), m_datasets,
                               QStringLiteral("--wait"), QStringLiteral("tags")});
        process->setStandardErrorFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        process->setProcessEnvironment(env);
        process->start();
        return process;
    }

private slots:
    void killedImportsResumeWithoutDuplicates()
    {
        QTemporaryDir dir;
        const QString catalogPath = dir.filePath(QStringLiteral("kill.sqlite"));
        QRandomGenerator random(20261123);

        // 20 runs, each killed at a random moment unless it finished first.
        int killed = 0;
        int finishedRounds = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess *process = startImport(catalogPath, this);
            QVERIFY(process->waitForStarted());
            const int delay = 150 + int(random.bounded(2500u));
            const bool finished = process->waitForFinished(delay);
            if (!finished) {
                process->kill();   // SIGKILL: no chance to clean up
                process->waitForFinished();
                ++killed;
            }
            auto catalog = Catalog::open(catalogPath);
            QVERIFY2(catalog, qPrintable(catalog.error()));
            QCOMPARE(sql::scalar(catalog.value()->connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            finishedRounds += finished ? 1 : 0;
        }
        QVERIFY2(killed >= 10, "most runs should have been interrupted");
        qInfo("killed %d runs, %d finished on their own", killed, finishedRounds);

        // Run to completion, then once more: nothing left to do.
        QProcess *finish = startImport(catalogPath, this);
        QVERIFY(finish->waitForFinished(600'000));
        // datasets/bad holds files that must fail: the documented code 3 says so; 1 would be a crash of the run.
        QCOMPARE(finish->exitCode(), 3);
        QProcess *again = startImport(catalogPath, this);
        QVERIFY(again->waitForFinished(600'000));
        const QJsonObject report = QJsonDocument::fromJson(again->readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 0);

        auto catalog = Catalog::open(catalogPath);
        QVERIFY(catalog);
        QSqlDatabase db = catalog.value()->connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const int files = int(walkFolder(QFileInfo(m_datasets).canonicalFilePath()).files.size());
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM assets")).toInt(), files);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(DISTINCT path) FROM assets")).toInt(), files);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM assets WHERE status = 'missing'")).toInt(), 0);
        // The queue is empty but for failures with reasons, and no job ran twice for the same content.
        const int objectsQueued = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind = 'objects' AND state = 'queued'")).toInt();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state != 'failed'")).toInt(), objectsQueued);
        QCOMPARE(report.value(QStringLiteral("object_jobs_queued")).toInt(), objectsQueued);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'failed' AND COALESCE(error, '') = ''")).toInt(), 0);
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM job_history WHERE kind = 'thumbnail'")).toInt() > files / 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(runs), 0) FROM job_history")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
