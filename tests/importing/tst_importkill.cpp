#include "catalog/assetrepository.h"
#include "catalog/catalog.h"
#include "catalog/sql.h"
#include "importing/filewalker.h"

#include <QElapsedTimer>
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

    QProcess *startImport(const QString &catalogPath, QObject *parent)
    {
        auto *process = new QProcess(parent);
        process->setProgram(QStringLiteral(TAGSMITH_CLI));
        process->setArguments({QStringLiteral("--catalog"), catalogPath, QStringLiteral("--json"), QStringLiteral("import"), m_datasets});
        process->setStandardErrorFile(QProcess::nullDevice());
        process->start();
        return process;
    }

private slots:
    void killedImportsResumeWithoutDuplicates()
    {
        QTemporaryDir dir;
        const QString catalogPath = dir.filePath(QStringLiteral("kill.sqlite"));
        QRandomGenerator random(20261123);

        // How long one uninterrupted import takes here, to spread the kills over it.
        QElapsedTimer timer;
        {
            QTemporaryDir scratch;
            QProcess *process = startImport(scratch.filePath(QStringLiteral("timing.sqlite")), this);
            timer.start();
            QVERIFY(process->waitForFinished(600'000));
            QCOMPARE(process->exitCode(), 0);
        }
        const int fullRunMs = std::max<int>(200, int(timer.elapsed()));

        // Kill early in each run until a run finishes on its own (at most 20 rounds).
        int killed = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess *process = startImport(catalogPath, this);
            QVERIFY(process->waitForStarted());
            const int delay = 10 + int(random.bounded(quint32(std::max(50, fullRunMs / 3))));
            const bool finished = process->waitForFinished(delay);
            if (!finished) {
                process->kill();   // SIGKILL: no chance to clean up
                process->waitForFinished();
                ++killed;
            }
            auto catalog = Catalog::open(catalogPath);
            QVERIFY2(catalog, qPrintable(catalog.error()));
            QCOMPARE(sql::scalar(catalog.value()->connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            if (finished)
                break;
        }
        QVERIFY2(killed >= 3, "several runs should have been interrupted");
        qInfo("killed %d runs (a full run takes %d ms here)", killed, fullRunMs);

        // Run to completion, then once more: nothing left to do.
        QProcess *finish = startImport(catalogPath, this);
        QVERIFY(finish->waitForFinished(600'000));
        QCOMPARE(finish->exitCode(), 0);
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
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
