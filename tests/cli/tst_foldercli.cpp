#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `tagsmith-cli folder remove PATH`: the folder's assets leave the catalog, their files stay on
// disk, the other folders keep theirs; a folder the catalog does not know is a clear error.
class TestFolderCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TAGSMITH_CLI), QStringList{QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("c.sqlite")),
                                                               QStringLiteral("--models"), m_dir.filePath(QStringLiteral("no-models"))} + arguments);
        process.waitForFinished(120'000);
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                   process.readAllStandardError()};
    }

    QStringList listed()
    {
        QStringList paths;
        const QJsonArray assets = QJsonDocument::fromJson(cli({QStringLiteral("list"), QStringLiteral("--json")}).out).array();
        for (const QJsonValue &asset : assets)
            paths << asset.toObject().value(QStringLiteral("path")).toString();
        return paths;
    }

    void copy(const QString &name, const QString &folder)
    {
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/") + name, folder + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = QDir(m_dir.path()).canonicalPath() + QStringLiteral("/library");
        copy(QStringLiteral("red_apple.jpg"), m_library + QStringLiteral("/fruit"));
        copy(QStringLiteral("aloe_plant_pot.jpg"), m_library + QStringLiteral("/fruit"));
        copy(QStringLiteral("baboon_mandrill.jpg"), m_library + QStringLiteral("/animals"));
        const Run imported = cli({QStringLiteral("import"), m_library});
        QVERIFY2(imported.code == 0, imported.err.constData());
        QCOMPARE(listed().size(), 3);
        const Run tagged = cli({QStringLiteral("tag"), QStringLiteral("add"), m_library + QStringLiteral("/fruit/red_apple.jpg"),
                                QStringLiteral("food"), QStringLiteral("--no-sidecar")});
        QVERIFY2(tagged.code == 0, tagged.err.constData());
    }

    void removesTheFolderAndKeepsTheFiles()
    {
        const Run removed = cli({QStringLiteral("folder"), QStringLiteral("remove"), m_library + QStringLiteral("/fruit"), QStringLiteral("--json")});
        QVERIFY2(removed.code == 0, removed.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(removed.out).object();
        QCOMPARE(report.value(QStringLiteral("assets")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("folders")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("root")).toBool(), false);
        QCOMPARE(listed(), QStringList{m_library + QStringLiteral("/animals/baboon_mandrill.jpg")});
        QVERIFY(QFile::exists(m_library + QStringLiteral("/fruit/red_apple.jpg")));
        QVERIFY(QFile::exists(m_library + QStringLiteral("/fruit/aloe_plant_pot.jpg")));
    }

    void unknownFolderIsAClearError()
    {
        const Run removed = cli({QStringLiteral("folder"), QStringLiteral("remove"), m_dir.filePath(QStringLiteral("elsewhere"))});
        QCOMPARE(removed.code, 1);
        QVERIFY2(removed.err.contains("is not a folder of the catalog"), removed.err.constData());
        QCOMPARE(listed().size(), 1);
    }

    void removingTheRootEmptiesTheCatalog()
    {
        const Run removed = cli({QStringLiteral("folder"), QStringLiteral("remove"), m_library});
        QVERIFY2(removed.code == 0, removed.err.constData());
        QVERIFY2(removed.err.contains("removed 1 asset"), removed.err.constData());
        QVERIFY(listed().isEmpty());
        QVERIFY(QFile::exists(m_library + QStringLiteral("/animals/baboon_mandrill.jpg")));
        // Importing the folder again brings its files back.
        QVERIFY(cli({QStringLiteral("import"), m_library}).code == 0);
        QCOMPARE(listed().size(), 3);
    }

    void usageWithoutAPath()
    {
        QCOMPARE(cli({QStringLiteral("folder"), QStringLiteral("remove")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestFolderCli)
#include "tst_foldercli.moc"
