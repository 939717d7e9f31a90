#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Manual tags through the CLI travel to XMP sidecars that a real peer (exiftool) reads,
// and removing the last tag leaves no empty sidecar behind.
class TestTagCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_photo;

    QByteArray cli(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TAGSMITH_CLI), QStringList{QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("c.sqlite")),
                                                               QStringLiteral("--models"), m_dir.filePath(QStringLiteral("no-models"))} + arguments);
        process.waitForFinished(120'000);
        if (exitCode)
            *exitCode = process.exitCode();
        return process.readAllStandardOutput();
    }

    QJsonObject exiftool(const QString &file)
    {
        QProcess process;
        process.start(QStringLiteral("exiftool"), {QStringLiteral("-j"), QStringLiteral("-XMP:all"), file});
        process.waitForFinished(60'000);
        return QJsonDocument::fromJson(process.readAllStandardOutput()).array().first().toObject();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty())
            QSKIP("exiftool (libimage-exiftool-perl) is not installed");
        QDir().mkpath(m_dir.filePath(QStringLiteral("library")));
        m_photo = QDir(m_dir.filePath(QStringLiteral("library"))).canonicalPath() + QStringLiteral("/apple.jpg");
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/red_apple.jpg"), m_photo));
        int code = -1;
        cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("library"))}, &code);
        QCOMPARE(code, 0);
    }

    void tagEditsTravelToTheSidecar()
    {
        int code = -1;
        cli({QStringLiteral("tag"), QStringLiteral("add"), m_photo, QStringLiteral("food/fruit/apples")}, &code);
        QCOMPARE(code, 0);
        cli({QStringLiteral("tag"), QStringLiteral("add"), m_photo, QStringLiteral("red")}, &code);
        QCOMPARE(code, 0);
        const QJsonObject xmp = exiftool(m_photo + QStringLiteral(".xmp"));
        QVERIFY2(xmp.value(QStringLiteral("HierarchicalSubject")).toVariant().toStringList().contains(QStringLiteral("food|fruit|apples")),
                 QJsonDocument(xmp).toJson().constData());
        const QStringList subject = xmp.value(QStringLiteral("Subject")).toVariant().toStringList();
        QVERIFY(subject.contains(QStringLiteral("apples")) && subject.contains(QStringLiteral("red")));

        cli({QStringLiteral("tag"), QStringLiteral("remove"), m_photo, QStringLiteral("red")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(!exiftool(m_photo + QStringLiteral(".xmp")).value(QStringLiteral("Subject")).toVariant().toStringList().contains(QStringLiteral("red")));
        cli({QStringLiteral("tag"), QStringLiteral("remove"), m_photo, QStringLiteral("food/fruit/apples")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(!QFile::exists(m_photo + QStringLiteral(".xmp")), "no empty sidecar stays behind");
    }

    void noSidecarFlagLeavesTheFolderAlone()
    {
        int code = -1;
        cli({QStringLiteral("tag"), QStringLiteral("add"), m_photo, QStringLiteral("quiet"), QStringLiteral("--no-sidecar")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(!QFile::exists(m_photo + QStringLiteral(".xmp")));
        const QJsonObject info = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("info"), m_photo})).object();
        QCOMPARE(info.value(QStringLiteral("tags")).toArray().first().toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("quiet"));
    }
};

QTEST_GUILESS_MAIN(TestTagCli)
#include "tst_tagcli.moc"
