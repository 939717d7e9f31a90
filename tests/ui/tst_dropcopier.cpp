// DropCopier: drops are copied without overwriting, and a cancelled drop leaves nothing behind.
#include "importing/dropcopier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

namespace {

const QString kPhotos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos");

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name))
        files << (info.isDir() ? info.fileName() + QLatin1Char('/') : info.fileName());
    return files;
}

} // namespace

class TestDropCopier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freeName_data();
    void freeName();
    void copiesWithoutOverwriting();
    void copiesFoldersRecursively();
    void cancelRemovesEverythingWritten();
    void reportsUnreadableSources();
};

void TestDropCopier::freeName_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free") << QStringList{} << QStringLiteral("a.jpg") << QStringLiteral("a.jpg");
    QTest::newRow("taken") << QStringList{QStringLiteral("a.jpg")} << QStringLiteral("a.jpg") << QStringLiteral("a (2).jpg");
    QTest::newRow("two taken") << QStringList{QStringLiteral("a.jpg"), QStringLiteral("a (2).jpg")} << QStringLiteral("a.jpg")
                               << QStringLiteral("a (3).jpg");
    QTest::newRow("double suffix") << QStringList{QStringLiteral("b.tar.gz")} << QStringLiteral("b.tar.gz")
                                   << QStringLiteral("b (2).tar.gz");
    QTest::newRow("no suffix") << QStringList{QStringLiteral("notes")} << QStringLiteral("notes") << QStringLiteral("notes (2)");
    QTest::newRow("hidden file") << QStringList{QStringLiteral(".hidden")} << QStringLiteral(".hidden")
                                 << QStringLiteral(".hidden (2)");
}

void TestDropCopier::freeName()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    for (const QString &file : existing) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(DropCopier::freeName(dir.path(), name), dir.filePath(expected));
}

void TestDropCopier::copiesWithoutOverwriting()
{
    QTemporaryDir target;
    const QString source = kPhotos + QStringLiteral("/aloe_plant_pot.jpg");
    QFile existing(target.filePath(QStringLiteral("aloe_plant_pot.jpg")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("not a photo");
    existing.close();

    const DropCopyResult result = DropCopier().copyInto({source, source}, target.path());
    QVERIFY(result.errors.isEmpty());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.copied, (QStringList{target.filePath(QStringLiteral("aloe_plant_pot (2).jpg")),
                                          target.filePath(QStringLiteral("aloe_plant_pot (3).jpg"))}));
    QCOMPARE(QFileInfo(target.filePath(QStringLiteral("aloe_plant_pot.jpg"))).size(), qint64(11));   // untouched
    QFile original(source);
    QFile copy(result.copied.first());
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    QCOMPARE(QFileInfo(result.copied.first()).lastModified(), QFileInfo(source).lastModified());
}

void TestDropCopier::copiesFoldersRecursively()
{
    QTemporaryDir from;
    QVERIFY(QDir().mkpath(from.filePath(QStringLiteral("album/inner"))));
    QVERIFY(QFile::copy(kPhotos + QStringLiteral("/aloe_plant_pot.jpg"), from.filePath(QStringLiteral("album/a.jpg"))));
    QVERIFY(QFile::copy(kPhotos + QStringLiteral("/baboon_mandrill.jpg"), from.filePath(QStringLiteral("album/inner/b.jpg"))));
    QTemporaryDir target;
    QVERIFY(QDir().mkpath(target.filePath(QStringLiteral("album"))));

    QList<int> progress;
    const DropCopyResult result = DropCopier().copyInto({from.filePath(QStringLiteral("album"))}, target.path(),
                                                        [&](int done, int total, const QString &, int failed) {
                                                            QCOMPARE(total, 2);
                                                            QCOMPARE(failed, 0);
                                                            progress << done;
                                                        });
    QCOMPARE(progress, (QList<int>{1, 2}));
    QCOMPARE(result.topLevel, QStringList{target.filePath(QStringLiteral("album (2)"))});
    QCOMPARE(result.copied.size(), 2);
    QCOMPARE(filesUnder(target.filePath(QStringLiteral("album (2)"))), (QStringList{QStringLiteral("a.jpg"), QStringLiteral("inner/")}));
    QCOMPARE(filesUnder(target.filePath(QStringLiteral("album (2)/inner"))), QStringList{QStringLiteral("b.jpg")});

    // A folder dropped into itself is refused rather than copied forever.
    const DropCopyResult into = DropCopier().copyInto({target.path()}, target.filePath(QStringLiteral("album")));
    QCOMPARE(into.errors.size(), 1);
    QVERIFY(into.copied.isEmpty());
}

void TestDropCopier::cancelRemovesEverythingWritten()
{
    QTemporaryDir from;
    QVERIFY(QDir().mkpath(from.filePath(QStringLiteral("album"))));
    const QStringList photos = QDir(kPhotos).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name).mid(0, 6);
    for (const QString &photo : photos)
        QVERIFY(QFile::copy(kPhotos + QLatin1Char('/') + photo, from.filePath(QStringLiteral("album/") + photo)));
    QTemporaryDir target;
    const QStringList before = filesUnder(target.path());

    std::atomic<bool> cancel{false};
    const DropCopyResult result = DropCopier().copyInto(
        {from.filePath(QStringLiteral("album")), kPhotos + QLatin1Char('/') + photos.first()}, target.path(),
        [&](int done, int, const QString &, int) {
            if (done == 3)
                cancel = true;
        },
        &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(result.copied.isEmpty());
    QCOMPARE(filesUnder(target.path()), before);
}

void TestDropCopier::reportsUnreadableSources()
{
    QTemporaryDir target;
    const DropCopyResult result = DropCopier().copyInto({QStringLiteral("/nonexistent/file.jpg")}, target.path());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, QStringLiteral("/nonexistent/file.jpg"));
    QVERIFY(!result.errors.first().reason.isEmpty());
    QVERIFY(filesUnder(target.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDropCopier)
#include "tst_dropcopier.moc"
