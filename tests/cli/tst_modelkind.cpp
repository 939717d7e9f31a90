#include "../testsupport/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `model kind NAME [object|action]`: marking a model as an action model (issue #8: actions come
// from models the user marks) is shown by `model list`, re-tags the videos at once, and a wrong
// value or model changes nothing.
class TestModelKind : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_models;
    QString m_catalog;
    QString m_video;

    CliRun cli(const QStringList &arguments) { return runCli(m_catalog, m_models, arguments); }

    // How often the video's video-tag job has run (job_history), read as any reader of the catalog would.
    int videoTagRuns()
    {
        int runs = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(m_catalog);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("SELECT h.runs FROM job_history h JOIN assets a ON a.id = h.asset_id "
                                             "WHERE h.kind = 'video-tag' AND a.path = ?"));
                query.addBindValue(m_video);
                if (query.exec() && query.next())
                    runs = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return runs;
    }

    QString listedKind()
    {
        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("model"), QStringLiteral("list")});
        for (const QJsonValue &model : QJsonDocument::fromJson(list.out).array())
            if (model.toObject().value(QStringLiteral("model")).toString() == QLatin1String("clothing"))
                return model.toObject().value(QStringLiteral("kind")).toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        m_models = m_dir.filePath(QStringLiteral("models"));
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const CliRun install = cli({QStringLiteral("models"), QStringLiteral("install"), QStringLiteral(TAGSMITH_SHARED_DIR "/models")});
        QVERIFY2(install.exitCode == 0, install.err.constData());
        const QString clothing = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/fewshot/clothing/train/");
        const QString examples = m_dir.filePath(QStringLiteral("examples"));
        for (const QString &klass : {QStringLiteral("dress"), QStringLiteral("hat")}) {
            QVERIFY(QDir().mkpath(examples + QLatin1Char('/') + klass));
            const QStringList files = QDir(clothing + klass).entryList(QDir::Files, QDir::Name);
            for (int i = 0; i < 10; ++i)
                QVERIFY(QFile::copy(clothing + klass + QLatin1Char('/') + files.at(i), examples + QLatin1Char('/') + klass + QLatin1Char('/') + files.at(i)));
        }
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("videos"))));
        m_video = QDir(m_dir.filePath(QStringLiteral("videos"))).canonicalPath() + QStringLiteral("/dog.mp4");
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/videos/dog_samoyed_phone.mp4"), m_video));
        const CliRun import = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("videos"))});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const CliRun train = cli({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("clothing"), QStringLiteral("--from-folders"), examples});
        QVERIFY2(train.exitCode == 0, train.err.constData());
        QVERIFY(videoTagRuns() >= 1);
    }

    void newModelsAreObjectModels()
    {
        const CliRun shown = cli({QStringLiteral("model"), QStringLiteral("kind"), QStringLiteral("clothing")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.out.trimmed(), QByteArray("object"));
        QCOMPARE(listedKind(), QStringLiteral("object"));
    }

    void markingAnActionModelRetagsVideos()
    {
        const int before = videoTagRuns();
        const CliRun set = cli({QStringLiteral("model"), QStringLiteral("kind"), QStringLiteral("clothing"), QStringLiteral("action")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(set.out.trimmed(), QByteArray("action"));
        QCOMPARE(listedKind(), QStringLiteral("action"));
        QCOMPARE(videoTagRuns(), before + 1);
    }

    void wrongValuesChangeNothing()
    {
        const CliRun sideways = cli({QStringLiteral("model"), QStringLiteral("kind"), QStringLiteral("clothing"), QStringLiteral("sideways")});
        QCOMPARE(sideways.exitCode, 1);
        QVERIFY2(sideways.err.contains("object or an action"), sideways.err.constData());
        QCOMPARE(listedKind(), QStringLiteral("action"));
        const CliRun unknown = cli({QStringLiteral("model"), QStringLiteral("kind"), QStringLiteral("nosuch"), QStringLiteral("action")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("nosuch"));
        QCOMPARE(cli({QStringLiteral("model"), QStringLiteral("kind")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestModelKind)
#include "tst_modelkind.moc"
