#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// `tagsmith-cli import` as scripts see it: the exit code tells a partial import from a whole one,
// and a catalog that cannot be written still opens for browsing.
class TestImportCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QString &catalog, const QStringList &arguments, bool asNobody = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(env);
        QString program = QStringLiteral(TAGSMITH_CLI);
        QStringList all = QStringList{QStringLiteral("--catalog"), catalog, QStringLiteral("--models"),
                                      m_dir.filePath(QStringLiteral("no-models"))} + arguments;
        if (asNobody) {
            // Root writes through any permission: the read-only case needs an ordinary user.
            all = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), program} + all;
            program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        }
        process.start(program, all);
        process.waitForFinished(300'000);
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                   process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
    }

    void failedFilesGiveExitCodeThree()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/red_apple.jpg"), folder + QStringLiteral("/apple.jpg")));
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/bad/random_bytes.jpg"), folder + QStringLiteral("/broken.jpg")));
        const QString catalog = m_dir.filePath(QStringLiteral("mixed.sqlite"));
        const Run run = cli(catalog, {QStringLiteral("import"), folder});
        QVERIFY2(run.exitCode == 3, run.err.constData());
        QVERIFY2(run.err.contains("broken.jpg"), run.err.constData());
        QVERIFY(QFile::remove(folder + QStringLiteral("/broken.jpg")));
        const Run clean = cli(catalog, {QStringLiteral("import"), folder});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
    }

    void readOnlyCatalogOpensForBrowsing()
    {
        if (geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: permissions are not enforced");
        const QString folder = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/photos")));
        const QString photo = QDir(folder).canonicalPath() + QStringLiteral("/photos/apple.jpg");
        QVERIFY(QFile::copy(QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/red_apple.jpg"), photo));
        const QString catalog = folder + QStringLiteral("/catalog.sqlite");
        QCOMPARE(cli(catalog, {QStringLiteral("import"), folder + QStringLiteral("/photos")}).exitCode, 0);
        // The folder and the file lose their write bits: SQLite cannot make its -shm file there.
        QVERIFY(QFile::setPermissions(catalog, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
        const bool asNobody = geteuid() == 0;
        const Run list = cli(catalog, {QStringLiteral("list")}, asNobody);
        if (asNobody && list.exitCode != 0 && list.err.contains("ermission denied") && !list.err.contains("catalog"))
            QSKIP("the unprivileged user cannot reach the build tree");
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY2(list.out.contains("apple.jpg"), list.out.constData());
        const Run info = cli(catalog, {QStringLiteral("info"), photo}, asNobody);
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const Run search = cli(catalog, {QStringLiteral("search"), QStringLiteral("apple")}, asNobody);
        QVERIFY2(search.exitCode == 0, search.err.constData());
        const Run tag = cli(catalog, {QStringLiteral("tag"), QStringLiteral("add"), photo, QStringLiteral("fruit"), QStringLiteral("--no-sidecar")}, asNobody);
        QVERIFY(tag.exitCode != 0);
        QVERIFY2(tag.err.contains("read-only"), tag.err.constData());
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
