#include "exiftool.h"
#include "metadata/metadatareader.h"
#include "metadata/sidecarqueue.h"
#include "metadata/sidecarwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSettings>
#include <QThread>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tagsmith;

namespace {
const QString Photos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString copyPhoto(const QTemporaryDir &dir, const QString &name, const QString &source = QStringLiteral("leuven_street.jpg"))
{
    const QString copy = dir.filePath(name);
    if (!QFile::copy(Photos + source, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

const QStringList Tags{QStringLiteral("places/europe/leuven"), QStringLiteral("cobblestones"), QStringLiteral("people/Anne Helene")};

// A folder nobody may write to. chmod alone does not stop root, so root also marks it immutable.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(const QString &path) : m_path(path)
    {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        if (::geteuid() == 0)
            m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool effective() const { return ::geteuid() != 0 || m_immutable; }

private:
    QString m_path;
    bool m_immutable = false;
};
} // namespace

class TestSidecarWriter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The sidecar naming is a user setting: this run's settings live in a folder of its own.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        if (!test::exifToolAvailable())
            QSKIP("exiftool (libimage-exiftool-perl) is not installed");
    }

    // Lightroom's "photo.xmp" when the user chose it, but never one sidecar for two files.
    void lightroomNamingWhenUnambiguous()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        QSettings().setValue(SidecarWriter::NamingKey, SidecarWriter::BaseNaming);
        const auto written = SidecarWriter::write(photo, Tags);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), dir.filePath(QStringLiteral("photo.xmp")));
        QVERIFY(!QFileInfo::exists(photo + QStringLiteral(".xmp")));
        QCOMPARE(MetadataReader::read(photo)->tags, Tags);   // read back under that name

        const QString twin = copyPhoto(dir, QStringLiteral("photo.png"));
        QCOMPARE(SidecarWriter::sidecarPath(twin), twin + QStringLiteral(".xmp"));
        QCOMPARE(SidecarWriter::sidecarPath(photo), photo + QStringLiteral(".xmp"));
        QSettings().remove(SidecarWriter::NamingKey);
        QCOMPARE(SidecarWriter::sidecarPath(dir.filePath(QStringLiteral("other.jpg"))), dir.filePath(QStringLiteral("other.jpg.xmp")));
    }

    void exifToolReadsWhatWeWrite()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        const QByteArray original = fileBytes(photo);
        const auto written = SidecarWriter::write(photo, Tags);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), photo + QStringLiteral(".xmp"));
        QCOMPARE(fileBytes(photo), original);   // the original is never touched by default

        const QJsonObject peer = test::exifToolJson(written.value(), {QStringLiteral("-XMP:all")});
        QCOMPARE(test::exifToolList(peer, QStringLiteral("Subject")),
                 (QStringList{QStringLiteral("leuven"), QStringLiteral("cobblestones"), QStringLiteral("Anne Helene")}));
        QCOMPARE(test::exifToolList(peer, QStringLiteral("HierarchicalSubject")),
                 (QStringList{QStringLiteral("places|europe|leuven"), QStringLiteral("cobblestones"), QStringLiteral("people|Anne Helene")}));

        // Read back by Tagsmith: the same tags, each once, although dc:subject repeats the leaves.
        const auto metadata = MetadataReader::read(photo);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->tags, Tags);
    }

    void writingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        QVERIFY(SidecarWriter::write(photo, Tags).ok());
        const QByteArray first = fileBytes(photo + QStringLiteral(".xmp"));
        const auto readBack = MetadataReader::read(photo);
        QVERIFY(readBack.ok());
        // What the importer read from the sidecar goes back out with the catalog's tags.
        QVERIFY(SidecarWriter::write(photo, readBack->tags + Tags).ok());
        QCOMPARE(fileBytes(photo + QStringLiteral(".xmp")), first);
        QCOMPARE(MetadataReader::read(photo)->tags, Tags);
    }

    void mergesIntoAForeignSidecar()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        const QString sidecar = photo + QStringLiteral(".xmp");
        const QString problem = test::runExifTool({QStringLiteral("-XMP-xmp:Rating=3"), QStringLiteral("-XMP-photoshop:City=Leuven"),
                                                    QStringLiteral("-XMP-dc:Title=Kept title"), QStringLiteral("-XMP-dc:Subject=foreign"),
                                                    QStringLiteral("-XMP-lr:HierarchicalSubject=old|foreign"), sidecar});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(SidecarWriter::write(photo, Tags).ok());

        const QJsonObject peer = test::exifToolJson(sidecar, {QStringLiteral("-XMP:all")});
        QCOMPARE(peer.value(QStringLiteral("Rating")).toInt(), 3);
        QCOMPARE(peer.value(QStringLiteral("City")).toString(), QStringLiteral("Leuven"));
        QCOMPARE(peer.value(QStringLiteral("Title")).toString(), QStringLiteral("Kept title"));
        QCOMPARE(test::exifToolList(peer, QStringLiteral("Subject")),
                 (QStringList{QStringLiteral("foreign"), QStringLiteral("leuven"), QStringLiteral("cobblestones"), QStringLiteral("Anne Helene")}));
        QCOMPARE(test::exifToolList(peer, QStringLiteral("HierarchicalSubject")),
                 (QStringList{QStringLiteral("old|foreign"), QStringLiteral("places|europe|leuven"), QStringLiteral("cobblestones"),
                              QStringLiteral("people|Anne Helene")}));
    }

    void removedTagsLeaveTheSidecar()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        const QString sidecar = photo + QStringLiteral(".xmp");
        const QString problem = test::runExifTool({QStringLiteral("-XMP-dc:Subject=kept"), QStringLiteral("-XMP-lr:HierarchicalSubject=old|foreign"), sidecar});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(SidecarWriter::write(photo, Tags + QStringList{QStringLiteral("other/leuven")}).ok());
        const auto written = SidecarWriter::write(photo, {QStringLiteral("other/leuven")}, {},
                                                  {QStringLiteral("places/europe/leuven"), QStringLiteral("people/Anne Helene"),
                                                   QStringLiteral("old/foreign"), QStringLiteral("other/leuven")});
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QJsonObject peer = test::exifToolJson(sidecar, {QStringLiteral("-XMP:all")});
        // "leuven" stays in dc:subject: other|leuven still ends in it. A tag both kept and removed stays.
        QCOMPARE(test::exifToolList(peer, QStringLiteral("Subject")), (QStringList{QStringLiteral("kept"), QStringLiteral("leuven"), QStringLiteral("cobblestones")}));
        QCOMPARE(test::exifToolList(peer, QStringLiteral("HierarchicalSubject")), (QStringList{QStringLiteral("cobblestones"), QStringLiteral("other|leuven")}));
    }

    void keywordsCompareCaseInsensitively()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"), QStringLiteral("kpa_jesper.jpg"));
        SidecarOptions embedded;
        embedded.embedded = true;
        // The file says People|Jesper; the catalog spells it people/Jesper.
        QVERIFY(SidecarWriter::write(photo, {QStringLiteral("people/Jesper")}, embedded).ok());
        const QJsonObject peer = test::exifToolJson(photo, {QStringLiteral("-XMP:all")});
        QCOMPARE(test::exifToolList(peer, QStringLiteral("HierarchicalSubject")), QStringList{QStringLiteral("People|Jesper")});
        QCOMPARE(test::exifToolList(peer, QStringLiteral("Subject")), QStringList{QStringLiteral("Jesper")});
    }

    void untaggedAssetGetsNoSidecar()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        const auto written = SidecarWriter::write(photo, {});
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), QString());
        QVERIFY(!QFile::exists(photo + QStringLiteral(".xmp")));
    }

    void keepsUnknownNamespaces()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        QFile sidecar(photo + QStringLiteral(".xmp"));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                      "<rdf:Description rdf:about='' xmlns:acme='http://example.com/acme/1.0/' acme:Project='Apollo'/>"
                      "</rdf:RDF></x:xmpmeta>");
        sidecar.close();
        QVERIFY(SidecarWriter::write(photo, Tags).ok());
        const QByteArray bytes = fileBytes(sidecar.fileName());
        QVERIFY2(bytes.contains("http://example.com/acme/1.0/") && bytes.contains("Apollo"), bytes.constData());
        const QJsonObject peer = test::exifToolJson(sidecar.fileName(), {QStringLiteral("-XMP:all")});
        QCOMPARE(peer.value(QStringLiteral("Project")).toString(), QStringLiteral("Apollo"));
        QCOMPARE(test::exifToolList(peer, QStringLiteral("HierarchicalSubject")).size(), Tags.size());
    }

    void neverReplacesASidecarItCannotParse()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        QFile sidecar(photo + QStringLiteral(".xmp"));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write("<x:xmpmeta><rdf:RDF><broken");
        sidecar.close();
        const QByteArray before = fileBytes(sidecar.fileName());
        const auto written = SidecarWriter::write(photo, Tags);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QStringLiteral("not valid XMP")), qPrintable(written.error()));
        QCOMPARE(fileBytes(sidecar.fileName()), before);
    }

    void readOnlyFolderIsAClearError()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(Photos + QStringLiteral("leuven_street.jpg"), folder + QStringLiteral("/photo.jpg")));
        const QString photo = folder + QStringLiteral("/photo.jpg");
        Result<QString> written = Error{};
        {
            ReadOnlyFolder locked(folder);
            if (!locked.effective())
                QSKIP("cannot make a folder read-only for root here (chattr failed)");
            written = SidecarWriter::write(photo, Tags);
        }
        QVERIFY(!written.ok());
        QCOMPARE(written.error(), QStringLiteral("cannot write sidecar %1: folder is read-only").arg(photo + QStringLiteral(".xmp")));
        QVERIFY(!QFile::exists(photo + QStringLiteral(".xmp")));
    }

    void missingAssetIsAnError()
    {
        QTemporaryDir dir;
        const auto written = SidecarWriter::write(dir.filePath(QStringLiteral("gone.jpg")), Tags);
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("gone.jpg.xmp"))));
    }

    void embeddedWritesIntoTheFile()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"), QStringLiteral("kpa_jesper.jpg"));
        SidecarOptions options;
        options.embedded = true;
        const auto written = SidecarWriter::write(photo, {QStringLiteral("places/Odense")}, options);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), photo);
        QVERIFY(!QFile::exists(photo + QStringLiteral(".xmp")));
        const QJsonObject peer = test::exifToolJson(photo, {QStringLiteral("-XMP:all"), QStringLiteral("-IPTC:Keywords")});
        QCOMPARE(test::exifToolList(peer, QStringLiteral("HierarchicalSubject")),
                 (QStringList{QStringLiteral("People|Jesper"), QStringLiteral("places|Odense")}));
        QCOMPARE(test::exifToolList(peer, QStringLiteral("Keywords")), QStringList{QStringLiteral("Jesper")});
        QCOMPARE(MetadataReader::read(photo)->tags, (QStringList{QStringLiteral("People/Jesper"), QStringLiteral("places/Odense")}));
    }

    void queueBatchesOnItsThread()
    {
        QTemporaryDir dir;
        QStringList photos;
        for (int i = 0; i < 3; ++i)
            photos << copyPhoto(dir, QStringLiteral("photo%1.jpg").arg(i));
        QMutex mutex;
        QSet<QThread *> sourceThreads;
        int asked = 0;
        SidecarQueue queue([&](const QString &path) -> Result<QStringList> {
            QMutexLocker lock(&mutex);
            sourceThreads.insert(QThread::currentThread());
            ++asked;
            return QStringList{QStringLiteral("batch/") + QFileInfo(path).baseName()};
        }, {}, std::chrono::milliseconds(100));
        QSignalSpy written(&queue, &SidecarQueue::written);
        QSignalSpy batches(&queue, &SidecarQueue::batchFinished);
        for (int round = 0; round < 5; ++round)
            queue.enqueue(photos);   // five edits of the same three assets: one write each
        QCOMPARE(queue.pendingCount(), 3);
        QTRY_COMPARE(batches.count(), 1);
        QCOMPARE(batches.first(), (QList<QVariant>{3, 0}));
        QCOMPARE(written.count(), 3);
        QCOMPARE(asked, 3);
        QVERIFY(!sourceThreads.contains(QThread::currentThread()));
        for (const QString &photo : std::as_const(photos))
            QCOMPARE(MetadataReader::read(photo)->tags, QStringList{QStringLiteral("batch/") + QFileInfo(photo).baseName()});
    }

    void queueFlushesOnDemandAndReportsFailures()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        const QString gone = dir.filePath(QStringLiteral("gone.jpg"));
        SidecarQueue queue([](const QString &) -> Result<QStringList> { return QStringList{QStringLiteral("flushed")}; },
                           {}, std::chrono::hours(1));
        QSignalSpy failed(&queue, &SidecarQueue::failed);
        queue.enqueue(photo);
        queue.enqueue(gone);
        queue.flush();
        QCOMPARE(queue.pendingCount(), 0);
        QVERIFY(QFile::exists(photo + QStringLiteral(".xmp")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), gone);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }

    void queueCarriesRemovals()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        QVERIFY(SidecarWriter::write(photo, {QStringLiteral("gone"), QStringLiteral("stays")}).ok());
        SidecarQueue queue([](const QString &) -> Result<QStringList> { return QStringList{QStringLiteral("stays")}; },
                           {}, std::chrono::hours(1));
        queue.enqueue(photo, {QStringLiteral("gone")});
        queue.enqueue(photo);   // a later edit of the same asset keeps the pending removal
        QCOMPARE(queue.pendingCount(), 1);
        queue.flush();
        QCOMPARE(MetadataReader::read(photo)->tags, QStringList{QStringLiteral("stays")});
    }

    void queueWritesPendingWorkWhenDestroyed()
    {
        QTemporaryDir dir;
        const QString photo = copyPhoto(dir, QStringLiteral("photo.jpg"));
        {
            SidecarQueue queue([](const QString &) -> Result<QStringList> { return QStringList{QStringLiteral("late")}; },
                               {}, std::chrono::hours(1));
            queue.enqueue(photo);
        }
        QCOMPARE(MetadataReader::read(photo)->tags, QStringList{QStringLiteral("late")});
    }
private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestSidecarWriter)
#include "tst_sidecarwriter.moc"
