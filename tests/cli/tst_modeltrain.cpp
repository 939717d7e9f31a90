#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `tagsmith-cli model train` end to end: real import, real embeddings of the clothing photos,
// real training; the rules fail with a message naming the tag; versions can be restored.
class TestModelTrain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_models;
    QString m_catalog;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(TAGSMITH_CLI),
                      QStringList{QStringLiteral("--catalog"), m_catalog, QStringLiteral("--models"), m_models} + arguments);
        process.waitForFinished(600'000);
        return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // DIR/<class>/ with `count` links to the clothing training photos of each class.
    QString exampleFolders(const QString &name, const QStringList &classes, int count, int shortClassCount = -1,
                           const QString &tagPrefix = QString())
    {
        const QString root = m_dir.filePath(name);
        const QString source = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/fewshot/clothing/train/");
        for (const QString &klass : classes) {
            const QString tagFolder = root + QLatin1Char('/') + tagPrefix + klass;
            QDir().mkpath(tagFolder);
            const QStringList files = QDir(source + klass).entryList(QDir::Files, QDir::Name);
            const int wanted = (klass == classes.last() && shortClassCount >= 0) ? shortClassCount : count;
            for (int i = 0; i < wanted && i < files.size(); ++i)
                QFile::link(source + klass + QLatin1Char('/') + files.at(i), tagFolder + QLatin1Char('/') + files.at(i));
        }
        return root;
    }

private slots:
    void initTestCase()
    {
        m_models = m_dir.filePath(QStringLiteral("models"));
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const Run install = cli({QStringLiteral("models"), QStringLiteral("install"), QStringLiteral(TAGSMITH_SHARED_DIR "/models")});
        QVERIFY2(install.exitCode == 0, install.err.constData());
    }

    void trainsTenClassesAndReports()
    {
        const QStringList classes{QStringLiteral("dress"), QStringLiteral("hat"), QStringLiteral("longsleeve"), QStringLiteral("outwear"),
                                  QStringLiteral("pants"), QStringLiteral("shirt"), QStringLiteral("shoes"), QStringLiteral("shorts"),
                                  QStringLiteral("skirt"), QStringLiteral("t-shirt")};
        const Run run = cli({QStringLiteral("--json"), QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("clothing"),
                             QStringLiteral("--from-folders"), exampleFolders(QStringLiteral("ten"), classes, 30)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("model")).toString(), QStringLiteral("clothing"));
        QCOMPARE(report.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("trained"));
        const QJsonArray tags = report.value(QStringLiteral("tags")).toArray();
        QCOMPARE(tags.size(), 10);
        int trained = 0;
        for (const QJsonValue &tag : tags) {
            QCOMPARE(tag.toObject().value(QStringLiteral("examples")).toInt(), 30);
            trained += tag.toObject().value(QStringLiteral("status")).toString() == QLatin1String("trained");
        }
        QVERIFY2(trained >= 8, "most clothing classes should train from 30 examples");
    }

    void nineExamplesFailNamingTheTag()
    {
        const Run run = cli({QStringLiteral("--json"), QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("small"),
                             QStringLiteral("--from-folders"),
                             exampleFolders(QStringLiteral("nine"), {QStringLiteral("shoes"), QStringLiteral("hat")}, 12, 9, QStringLiteral("small-"))});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QString errors = QString::fromUtf8(QJsonDocument(report.value(QStringLiteral("errors")).toArray()).toJson());
        QVERIFY2(errors.contains(QStringLiteral("small-hat")) && errors.contains(QStringLiteral(" 9 ")), qPrintable(errors));
        QVERIFY2(!errors.contains(QStringLiteral("small-shoes")), qPrintable(errors));
    }

    void retrainingAddsVersionsAndRestoreGoesBack()
    {
        const QStringList classes{QStringLiteral("dress"), QStringLiteral("hat")};
        // The clothing model owns dress and hat: another model cannot take them.
        Run conflict = cli({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("other"), QStringLiteral("--from-folders"),
                            exampleFolders(QStringLiteral("conflict"), classes, 10)});
        QCOMPARE(conflict.exitCode, 1);
        QVERIFY2(conflict.err.contains("already belongs"), conflict.err.constData());

        Run again = cli({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("clothing"), QStringLiteral("--from-folders"),
                         m_dir.filePath(QStringLiteral("ten"))});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        Run versions = cli({QStringLiteral("--json"), QStringLiteral("model"), QStringLiteral("versions"), QStringLiteral("clothing")});
        QJsonArray list = QJsonDocument::fromJson(versions.out).array();
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(1).toObject().value(QStringLiteral("current")).toBool());

        QCOMPARE(cli({QStringLiteral("model"), QStringLiteral("restore"), QStringLiteral("clothing"), QStringLiteral("1")}).exitCode, 0);
        list = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("model"), QStringLiteral("versions"), QStringLiteral("clothing")}).out).array();
        QVERIFY(list.at(0).toObject().value(QStringLiteral("current")).toBool());
        QVERIFY(!list.at(1).toObject().value(QStringLiteral("current")).toBool());
        QVERIFY(cli({QStringLiteral("model"), QStringLiteral("restore"), QStringLiteral("clothing"), QStringLiteral("7")}).exitCode != 0);

        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        QCOMPARE(cli({QStringLiteral("model"), QStringLiteral("report"), QStringLiteral("clothing"), QStringLiteral("--csv"), csv}).exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 11);
    }
};

QTEST_GUILESS_MAIN(TestModelTrain)
#include "tst_modeltrain.moc"
