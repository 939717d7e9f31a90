#include "../testsupport/csv.h"
#include "exiftool.h"
#include "metadata/metadatareader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace tagsmith;

namespace {
const QString Photos = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/photos/");
const QString Bad = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/bad/");
// A photo without any keywords, title or description of its own.
const QString PlainPhoto = Photos + QStringLiteral("leuven_street.jpg");

// Every level of every tag, so a keyword the manifest lists flat is found under its hierarchy.
QSet<QString> levelsOf(const QStringList &tags)
{
    QSet<QString> levels;
    for (const QString &tag : tags)
        for (const QString &level : tag.split(QLatin1Char('/')))
            levels.insert(level);
    return levels;
}
} // namespace

class TestMetadataReader : public QObject {
    Q_OBJECT
private slots:
    void manifestKeywordsAreRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("keywords");
        for (const auto &row : test::readCsvRecords(Photos + QStringLiteral("manifest.csv"))) {
            const QString keywords = row.value(QStringLiteral("embedded_keywords"));
            if (!keywords.isEmpty())
                QTest::addRow("%s", qPrintable(row.value(QStringLiteral("file"))))
                    << row.value(QStringLiteral("file")) << keywords.split(QLatin1Char(';'));
        }
    }

    void manifestKeywordsAreRead()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, keywords);
        const auto metadata = MetadataReader::read(Photos + file);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QVERIFY2(metadata->warnings.isEmpty(), qPrintable(metadata->warnings.join(u'\n')));
        const QSet<QString> levels = levelsOf(metadata->tags);
        for (const QString &keyword : keywords)
            QVERIFY2(levels.contains(keyword), qPrintable(keyword + QStringLiteral(" not in ") + metadata->tags.join(u',')));
        // dc:subject and IPTC repeat the leaves of lr:hierarchicalSubject: each keyword once.
        QSet<QString> leaves;
        for (const QString &tag : std::as_const(metadata->tags))
            leaves.insert(tag.section(QLatin1Char('/'), -1));
        QCOMPARE(leaves.size(), metadata->tags.size());
        QVERIFY(metadata->tags.size() <= keywords.size());
    }

    void kphotoalbumHierarchyAndCaption()
    {
        const auto metadata = MetadataReader::read(Photos + QStringLiteral("kpa_grand_canyon_1.jpg"));
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->tags, (QStringList{QStringLiteral("Events/scanned in"), QStringLiteral("Events/scenic"),
                                              QStringLiteral("Places/Grand Canyon"), QStringLiteral("People/Anne Helene"),
                                              QStringLiteral("People/Jesper")}));
        QCOMPARE(metadata->sources, QStringList{Photos + QStringLiteral("kpa_grand_canyon_1.jpg")});
    }

    void leuvenTitleDescriptionAndFlatKeywords()
    {
        const auto metadata = MetadataReader::read(Photos + QStringLiteral("leuven_street_rotated_exif_orient6_keywords.jpg"));
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->title, QStringLiteral("Leuven street"));
        QCOMPARE(metadata->description, QStringLiteral("Cobbled street with old brick houses in Leuven"));
        QCOMPARE(metadata->tags, (QStringList{QStringLiteral("places/Belgium/Leuven"), QStringLiteral("subjects/architecture/street"),
                                              QStringLiteral("Belgium"), QStringLiteral("brick houses"),
                                              QStringLiteral("cobblestones"), QStringLiteral("old town")}));
    }

    void keywordsWrittenByExifTool_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::newRow("lr hierarchy with its leaf in dc:subject")
            << QStringList{QStringLiteral("-XMP-lr:HierarchicalSubject=places|europe|leuven"), QStringLiteral("-XMP-dc:Subject=leuven")}
            << QStringList{QStringLiteral("places/europe/leuven")} << QString() << QString();
        QTest::newRow("two hierarchies sharing a parent, Lightroom-style ancestors in dc:subject")
            << QStringList{QStringLiteral("-XMP-lr:HierarchicalSubject=animals|cats"), QStringLiteral("-XMP-lr:HierarchicalSubject=animals|dogs"),
                           QStringLiteral("-XMP-lr:HierarchicalSubject=animals"), QStringLiteral("-XMP-dc:Subject=animals"),
                           QStringLiteral("-XMP-dc:Subject=cats"), QStringLiteral("-XMP-dc:Subject=dogs")}
            << QStringList{QStringLiteral("animals/cats"), QStringLiteral("animals/dogs")} << QString() << QString();
        QTest::newRow("digiKam TagsList")
            << QStringList{QStringLiteral("-XMP-digiKam:TagsList=animals/cats/tabby"), QStringLiteral("-XMP-dc:Subject=Tabby")}
            << QStringList{QStringLiteral("animals/cats/tabby")} << QString() << QString();
        QTest::newRow("IPTC only, with ObjectName and Caption")
            << QStringList{QStringLiteral("-IPTC:Keywords=bridge"), QStringLiteral("-IPTC:Keywords=river, at night"),
                           QStringLiteral("-IPTC:ObjectName=The bridge"), QStringLiteral("-IPTC:Caption-Abstract=Lit at night"),
                           QStringLiteral("-IPTC:CodedCharacterSet=UTF8")}
            << QStringList{QStringLiteral("bridge"), QStringLiteral("river, at night")} << QStringLiteral("The bridge")
            << QStringLiteral("Lit at night");
        QTest::newRow("non-ASCII keywords and XMP title over IPTC")
            << QStringList{QStringLiteral("-XMP-dc:Subject=Zürich"), QStringLiteral("-XMP-dc:Subject=日本"),
                           QStringLiteral("-XMP-dc:Title=Über"), QStringLiteral("-IPTC:ObjectName=Other")}
            << QStringList{QStringLiteral("Zürich"), QStringLiteral("日本")} << QStringLiteral("Über") << QString();
        QTest::newRow("EXIF ImageDescription as the description")
            << QStringList{QStringLiteral("-EXIF:ImageDescription=Street at noon")} << QStringList() << QString()
            << QStringLiteral("Street at noon");
        QTest::newRow("camera placeholder description ignored")
            << QStringList{QStringLiteral("-EXIF:ImageDescription=OLYMPUS DIGITAL CAMERA")} << QStringList() << QString() << QString();
    }

    void keywordsWrittenByExifTool()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, tags);
        QFETCH(QString, title);
        QFETCH(QString, description);
        if (!test::exifToolAvailable())
            QSKIP("exiftool (libimage-exiftool-perl) is not installed");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.jpg"));
        QVERIFY(QFile::copy(PlainPhoto, copy));
        const QString problem = test::runExifTool(arguments + QStringList{copy});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto metadata = MetadataReader::read(copy);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->tags, tags);
        QCOMPARE(metadata->title, title);
        QCOMPARE(metadata->description, description);
    }

    void sidecarsAreReadAndWinForTexts()
    {
        if (!test::exifToolAvailable())
            QSKIP("exiftool (libimage-exiftool-perl) is not installed");
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(QFile::copy(Photos + QStringLiteral("leuven_street_rotated_exif_orient6_keywords.jpg"), photo));
        QFile::setPermissions(photo, QFile::ReadOwner | QFile::WriteOwner);
        const QString extSidecar = photo + QStringLiteral(".xmp");
        const QString baseSidecar = dir.filePath(QStringLiteral("photo.xmp"));
        QString problem = test::runExifTool({QStringLiteral("-XMP-lr:HierarchicalSubject=trips|2019|Belgium"),
                                              QStringLiteral("-XMP-dc:Title=From the sidecar"), extSidecar});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = test::runExifTool({QStringLiteral("-XMP-dc:Subject=from base sidecar"), baseSidecar});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        QCOMPARE(MetadataReader::sidecarPaths(photo), (QStringList{extSidecar, baseSidecar}));
        const auto metadata = MetadataReader::read(photo);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->sources, (QStringList{photo, extSidecar, baseSidecar}));
        QCOMPARE(metadata->title, QStringLiteral("From the sidecar"));
        QCOMPARE(metadata->description, QStringLiteral("Cobbled street with old brick houses in Leuven"));
        QVERIFY(metadata->tags.contains(QStringLiteral("trips/2019/Belgium")));
        QVERIFY(metadata->tags.contains(QStringLiteral("from base sidecar")));
        QVERIFY(metadata->tags.contains(QStringLiteral("places/Belgium/Leuven")));
        // "Belgium" is now also the leaf of a hierarchy, so the flat one repeats it: no tag of its own.
        QVERIFY(!metadata->tags.contains(QStringLiteral("Belgium")));
    }

    void fileWithoutEmbeddedSupportUsesItsSidecar()
    {
        if (!test::exifToolAvailable())
            QSKIP("exiftool (libimage-exiftool-perl) is not installed");
        QTemporaryDir dir;
        const QString video = dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(QFile::copy(Bad + QStringLiteral("random_bytes.mp4"), video));
        const QString problem = test::runExifTool({QStringLiteral("-XMP-lr:HierarchicalSubject=events|wedding"),
                                                    video + QStringLiteral(".xmp")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto metadata = MetadataReader::read(video);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->tags, QStringList{QStringLiteral("events/wedding")});
        QCOMPARE(metadata->sources, QStringList{video + QStringLiteral(".xmp")});
        QVERIFY2(metadata->warnings.isEmpty(), qPrintable(metadata->warnings.join(u'\n')));
    }

    void brokenSidecarIsAWarning()
    {
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(QFile::copy(Photos + QStringLiteral("kpa_jesper.jpg"), photo));
        QFile sidecar(photo + QStringLiteral(".xmp"));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><unclosed");
        sidecar.close();
        const auto metadata = MetadataReader::read(photo);
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QCOMPARE(metadata->warnings.size(), 1);
        QVERIFY2(metadata->warnings.first().contains(sidecar.fileName()), qPrintable(metadata->warnings.first()));
        QCOMPARE(metadata->tags, QStringList{QStringLiteral("People/Jesper")});
    }

    void brokenFilesNeverCrash_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("EXIF IFD offset 0x7FFFFFF0") << "jpeg_corrupt_exif_ifd_offset.jpg" << true << QStringList();
        QTest::newRow("random bytes") << "random_bytes.jpg" << true << QStringList();
        QTest::newRow("truncated header") << "truncated_header_only.jpg" << true << QStringList();
        QTest::newRow("truncated half") << "truncated_half.jpg" << true << QStringList();
        QTest::newRow("bad PNG CRC") << "png_bad_idat_crc.png" << true << QStringList();
        QTest::newRow("zero bytes") << "zero_bytes.jpg" << true << QStringList();
        // Exiv2 goes by content, not by name: this is cat_chelsea.png with its XMP keywords.
        QTest::newRow("PNG named .jpg") << "png_named_as.jpg" << true
                                        << QStringList{QStringLiteral("cat"), QStringLiteral("tabby"), QStringLiteral("pet"), QStringLiteral("animal")};
        QTest::newRow("missing") << "no_such_file.jpg" << false << QStringList();
        QTest::newRow("folder") << "deeply_nested" << false << QStringList();
    }

    void brokenFilesNeverCrash()
    {
        QFETCH(QString, file);
        QFETCH(bool, readable);
        QFETCH(QStringList, tags);
        const auto metadata = MetadataReader::read(Bad + file);
        QCOMPARE(metadata.ok(), readable);
        if (metadata.ok())
            QCOMPARE(metadata->tags, tags);
        else
            QVERIFY(!metadata.error().isEmpty());
    }

    void corruptExifIsReportedNotThrown()
    {
        const auto metadata = MetadataReader::read(Bad + QStringLiteral("jpeg_corrupt_exif_ifd_offset.jpg"));
        QVERIFY2(metadata.ok(), qPrintable(metadata.error()));
        QVERIFY(metadata->isEmpty());
        QCOMPARE(metadata->warnings.size(), 1);
        QVERIFY2(metadata->warnings.first().startsWith(QStringLiteral("unreadable embedded metadata: ")), qPrintable(metadata->warnings.first()));
    }

    void concurrentReadsAgree()
    {
        QStringList files;
        for (const auto &row : test::readCsvRecords(Photos + QStringLiteral("manifest.csv")))
            if (!row.value(QStringLiteral("embedded_keywords")).isEmpty())
                files << Photos + row.value(QStringLiteral("file"));
        QVERIFY(files.size() >= 20);
        QHash<QString, QStringList> serial;
        for (const QString &file : std::as_const(files))
            serial.insert(file, MetadataReader::read(file)->tags);
        const QList<QStringList> parallel = QtConcurrent::blockingMapped(files, [](const QString &file) {
            return MetadataReader::read(file)->tags;
        });
        for (qsizetype i = 0; i < files.size(); ++i)
            QCOMPARE(parallel.at(i), serial.value(files.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestMetadataReader)
#include "tst_metadatareader.moc"
