#include "csvtable.h"
#include "media/mediaprober.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <cmath>
#include <sys/resource.h>
#include <unistd.h>

using namespace tagsmith;
using tagsmith::test::addDisplaySizeRows;
using tagsmith::test::readCsvRecords;

namespace {
const QString Datasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");

struct Expectation {
    bool ok;
    AssetKind kind;
    const char *reasonFragment; // failed files: part of the specific reason
};

// Decisions for the rows whose manifest allows either outcome, and the reasons we promise.
// Awkward-name rows (valid JPEGs) are recognised from the manifest's "what" text instead.
const QHash<QString, Expectation> &expectations()
{
    static const QHash<QString, Expectation> table = {
        {QStringLiteral("zero_bytes.jpg"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.png"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.webp"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.heic"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.mp4"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.mkv"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.pdf"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.docx"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.pptx"), {false, AssetKind::Other, "empty file (0 bytes)"}},
        {QStringLiteral("zero_bytes.txt"), {true, AssetKind::Document, nullptr}},
        {QStringLiteral("truncated_half.jpg"), {false, AssetKind::Image, "truncated JPEG"}},
        {QStringLiteral("truncated_header_only.jpg"), {false, AssetKind::Image, "truncated JPEG: the file ends inside the headers"}},
        {QStringLiteral("truncated_progressive_30pct.jpg"), {false, AssetKind::Image, "truncated JPEG"}},
        {QStringLiteral("truncated_half.png"), {false, AssetKind::Image, "truncated PNG"}},
        {QStringLiteral("png_bad_idat_crc.png"), {false, AssetKind::Image, "corrupt PNG: bad CRC in IDAT"}},
        {QStringLiteral("jpeg_corrupt_exif_ifd_offset.jpg"), {true, AssetKind::Image, nullptr}},
        {QStringLiteral("truncated_40pct_faststart.mp4"), {true, AssetKind::Video, nullptr}},
        {QStringLiteral("truncated_moov_missing.mp4"), {false, AssetKind::Video, "MP4 without an index (moov atom missing)"}},
        {QStringLiteral("video_corrupt_middle.mp4"), {true, AssetKind::Video, nullptr}},
        {QStringLiteral("audio_only_no_video_stream.mp4"), {true, AssetKind::Other, nullptr}},
        {QStringLiteral("single_frame_video.mp4"), {true, AssetKind::Video, nullptr}},
        {QStringLiteral("truncated_half.pdf"), {false, AssetKind::Document, "corrupt PDF"}},
        {QStringLiteral("pdf_broken_xref.pdf"), {true, AssetKind::Document, nullptr}},
        {QStringLiteral("pdf_header_only.pdf"), {false, AssetKind::Document, "corrupt PDF"}},
        {QStringLiteral("random_bytes.jpg"), {false, AssetKind::Other, "not a recognised image, video or document format"}},
        {QStringLiteral("random_bytes.png"), {false, AssetKind::Other, "not a recognised image, video or document format"}},
        {QStringLiteral("random_bytes.mp4"), {false, AssetKind::Other, "not a recognised image, video or document format"}},
        {QStringLiteral("random_bytes.mov"), {false, AssetKind::Other, "not a recognised image, video or document format"}},
        {QStringLiteral("random_bytes.pdf"), {false, AssetKind::Other, "not a recognised image, video or document format"}},
        {QStringLiteral("random_bytes.docx"), {false, AssetKind::Other, "not a recognised image, video or document format"}},
        {QStringLiteral("random_bytes.pptx"), {false, AssetKind::Other, "not a recognised image, video or document format"}},
        {QStringLiteral("random_bytes.doc"), {false, AssetKind::Other, "not a recognised image, video or document format"}},
        {QStringLiteral("jpeg_named_as.png"), {true, AssetKind::Image, nullptr}},
        {QStringLiteral("png_named_as.jpg"), {true, AssetKind::Image, nullptr}},
        {QStringLiteral("pdf_named_as.docx"), {true, AssetKind::Document, nullptr}},
        {QStringLiteral("mkv_named_as.mp4"), {true, AssetKind::Video, nullptr}},
        {QStringLiteral("png_bomb_header_100000x100000.png"), {false, AssetKind::Image, "PNG header claims 100000×100000 pixels, over the 100-megapixel limit"}},
        {QStringLiteral("png_bomb_valid_30000x30000_1bit.png"), {false, AssetKind::Image, "PNG header claims 30000×30000 pixels, over the 100-megapixel limit"}},
        {QStringLiteral("zip_bomb_like_1GiB_document_xml.docx"), {true, AssetKind::Document, nullptr}},
        {QStringLiteral("docx_without_document_xml.docx"), {false, AssetKind::Document, "corrupt DOCX: the main part word/document.xml is missing"}},
        {QStringLiteral("text_invalid_utf8_bytes.txt"), {true, AssetKind::Document, nullptr}},
    };
    return table;
}

long peakResidentKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int clockwise(int ffprobeRotation)
{
    return ((-ffprobeRotation % 360) + 360) % 360;
}
} // namespace

class TestMediaProber : public QObject {
    Q_OBJECT
private slots:
    void detectsJpegByContent()
    {
        const QString path = Datasets + QStringLiteral("/bad/jpeg_named_as.png");
        const MediaInfo info = MediaProber().probe(path);
        QCOMPARE(info.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(info.kind, AssetKind::Image);
        QVERIFY(info.ok());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("expectOk");
        QTest::addColumn<int>("expectKind");
        QTest::addColumn<QString>("reasonFragment");
        const auto records = readCsvRecords(Datasets + QStringLiteral("/bad/manifest.csv"));
        QCOMPARE(records.size(), 49);
        for (const auto &row : records) {
            const QString path = row.value(QStringLiteral("path"));
            const QString what = row.value(QStringLiteral("what"));
            const QString behaviour = row.value(QStringLiteral("expected_behaviour"));
            Expectation expected{true, AssetKind::Image, nullptr};
            if (expectations().contains(path))
                expected = expectations().value(path);
            else
                QVERIFY2(what.contains(QLatin1String("valid JPEG")), qPrintable(QStringLiteral("no expectation for ") + path));
            // Where the manifest demands an "unreadable/corrupt" status, the table must agree.
            if (behaviour.contains(QLatin1String("\"unreadable/corrupt\" status")))
                QVERIFY2(!expected.ok, qPrintable(path));
            QTest::addRow("%s", QString(path).replace(u'\n', QStringLiteral("\\n")).toUtf8().constData())
                << path << expected.ok << int(expected.kind) << QString::fromUtf8(expected.reasonFragment);
        }
    }

    void badFiles()
    {
        QFETCH(QString, path);
        QFETCH(bool, expectOk);
        QFETCH(int, expectKind);
        QFETCH(QString, reasonFragment);
        const QString full = Datasets + QStringLiteral("/bad/") + path;
        QVERIFY2(QFileInfo::exists(full), qPrintable(full));
        const MediaInfo info = MediaProber().probe(full);
        QVERIFY2(info.ok() == expectOk, qPrintable(QStringLiteral("error: '%1'").arg(info.error)));
        QCOMPARE(int(info.kind), expectKind);
        if (expectOk) {
            if (info.kind == AssetKind::Image || info.kind == AssetKind::Video)
                QVERIFY(info.width > 0 && info.height > 0);
        } else {
            QVERIFY2(info.error.contains(reasonFragment), qPrintable(info.error));
        }
    }

    void audioOnlyIsSoundWithoutPictures()
    {
        const MediaInfo info = MediaProber().probe(Datasets + QStringLiteral("/bad/audio_only_no_video_stream.mp4"));
        QVERIFY(info.ok());
        QCOMPARE(info.kind, AssetKind::Other);
        QCOMPARE(info.mime, QStringLiteral("audio/mp4"));
        QCOMPARE(info.audioCodec, QStringLiteral("aac"));
        QVERIFY(info.durationSec > 1.0);
        QVERIFY2(info.warning.contains(QLatin1String("no video stream (audio only)")), qPrintable(info.warning));
    }

    void bombsStayInBoundedMemory()
    {
        const long before = peakResidentKiB();
        for (const char *name : {"png_bomb_valid_30000x30000_1bit.png", "png_bomb_header_100000x100000.png"})
            QVERIFY(!MediaProber().probe(Datasets + QStringLiteral("/bad/") + QLatin1String(name)).ok());
        QVERIFY2(peakResidentKiB() - before < 100 * 1024, qPrintable(QString::number(peakResidentKiB() - before)));
    }

    void photos_data()
    {
        QCOMPARE(addDisplaySizeRows(Datasets + QStringLiteral("/photos/manifest.csv")), 112);
    }

    void photos()
    {
        QFETCH(QString, file);
        QFETCH(int, displayWidth);
        QFETCH(int, displayHeight);
        const MediaInfo info = MediaProber().probe(Datasets + QStringLiteral("/photos/") + file);
        QVERIFY2(info.ok(), qPrintable(info.error));
        QCOMPARE(info.kind, AssetKind::Image);
        QCOMPARE(info.width, displayWidth);
        QCOMPARE(info.height, displayHeight);
    }

    void videos_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("displayWidth");
        QTest::addColumn<int>("displayHeight");
        QTest::addColumn<int>("rotation");
        QTest::addColumn<double>("duration");
        QTest::addColumn<QString>("audioCodec");
        const auto records = readCsvRecords(Datasets + QStringLiteral("/videos/manifest.csv"));
        QCOMPARE(records.size(), 9);
        for (const auto &row : records) {
            const QString file = row.value(QStringLiteral("file"));
            QTest::addRow("%s", qPrintable(file))
                << file << row.value(QStringLiteral("video_codec")) << row.value(QStringLiteral("display_width")).toInt()
                << row.value(QStringLiteral("display_height")).toInt()
                << clockwise(row.value(QStringLiteral("rotation_ffprobe")).toInt())
                << row.value(QStringLiteral("duration_s")).toDouble() << row.value(QStringLiteral("audio_codec"));
        }
    }

    void videos()
    {
        QFETCH(QString, file);
        QFETCH(QString, codec);
        QFETCH(int, displayWidth);
        QFETCH(int, displayHeight);
        QFETCH(int, rotation);
        QFETCH(double, duration);
        QFETCH(QString, audioCodec);
        const MediaInfo info = MediaProber().probe(Datasets + QStringLiteral("/videos/") + file);
        QVERIFY2(info.ok(), qPrintable(info.error));
        QCOMPARE(info.kind, AssetKind::Video);
        QCOMPARE(info.codec, codec);
        QCOMPARE(info.audioCodec, audioCodec);
        QCOMPARE(info.width, displayWidth);
        QCOMPARE(info.height, displayHeight);
        QCOMPARE(info.rotation, rotation);
        QVERIFY2(std::abs(info.durationSec - duration) <= 0.2, qPrintable(QString::number(info.durationSec)));
    }

    void documents_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("pages");
        QTest::addColumn<bool>("encrypted");
        const auto records = readCsvRecords(Datasets + QStringLiteral("/documents/manifest.csv"));
        QCOMPARE(records.size(), 30);
        for (const auto &row : records) {
            const QString file = row.value(QStringLiteral("file"));
            QTest::addRow("%s", qPrintable(file)) << file << row.value(QStringLiteral("format"))
                                                  << row.value(QStringLiteral("pages")).toInt()
                                                  << !row.value(QStringLiteral("password")).isEmpty();
        }
    }

    void documents()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, pages);
        QFETCH(bool, encrypted);
        const MediaInfo info = MediaProber().probe(Datasets + QStringLiteral("/documents/") + file);
        QCOMPARE(info.kind, AssetKind::Document);
        if (encrypted) {
            QCOMPARE(info.error, QStringLiteral("encrypted PDF: password required"));
            return;
        }
        QVERIFY2(info.ok(), qPrintable(info.error));
        if (format == QLatin1String("PDF"))
            QCOMPARE(info.pages, pages);
    }

    // Formats the datasets lack, written by Qt at test time from a real photo.
    void qtWrittenFormats_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("mime");
        QTest::newRow("pbm") << QByteArray("pbm") << "image/x-portable-bitmap";
        QTest::newRow("pgm") << QByteArray("pgm") << "image/x-portable-graymap";
        QTest::newRow("ppm") << QByteArray("ppm") << "image/x-portable-pixmap";
        QTest::newRow("xbm") << QByteArray("xbm") << "image/x-xbitmap";
        QTest::newRow("xpm") << QByteArray("xpm") << "image/x-xpixmap";
        QTest::newRow("ico") << QByteArray("ico") << "image/vnd.microsoft.icon";
        QTest::newRow("bmp") << QByteArray("bmp") << "image/bmp";
        QTest::newRow("tiff") << QByteArray("tiff") << "image/tiff";
        QTest::newRow("webp") << QByteArray("webp") << "image/webp";
    }

    void qtWrittenFormats()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, mime);
        QTemporaryDir dir;
        QImage photo(Datasets + QStringLiteral("/photos/red_apple.jpg"));
        QVERIFY(!photo.isNull());
        photo = photo.scaled(120, 90); // ICO tops out at 256 px
        // No extension: detection must come from the content.
        const QString path = dir.filePath(QStringLiteral("written"));
        QVERIFY(photo.save(path, format.constData()));
        const MediaInfo info = MediaProber().probe(path);
        QVERIFY2(info.ok(), qPrintable(info.error));
        QCOMPARE(info.mime, mime);
        QCOMPARE(info.kind, AssetKind::Image);
        QCOMPARE(QSize(info.width, info.height), QSize(120, 90));

        // The same file cut in half must not pass as sound (formats without an end marker may
        // still decode; then the size must still be right).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const MediaInfo cut = MediaProber().probe(path);
        if (cut.ok())
            QCOMPARE(QSize(cut.width, cut.height), QSize(120, 90));
        else
            QVERIFY(!cut.error.isEmpty());
    }

    // The AVIOInterruptCB deadline is what stops a hostile stream from hanging a worker.
    void videoDeadlineInterrupts()
    {
        ProbeLimits limits;
        limits.timeoutMs = 0;
        const MediaInfo info = MediaProber(limits).probe(Datasets + QStringLiteral("/videos/people_walking_campus.mp4"));
        QVERIFY2(info.error.contains(QLatin1String("timed out")), qPrintable(info.error));
    }

    void nonFilesGiveClearReasons()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("folder_named_like_a_file.jpg"));
        QVERIFY(QDir().mkdir(folder));
        QCOMPARE(MediaProber().probe(folder).error, QStringLiteral("this is a folder, not a file"));

        const QString dangling = dir.filePath(QStringLiteral("dangling.jpg"));
        QVERIFY(QFile::link(QStringLiteral("does-not-exist"), dangling));
        QCOMPARE(MediaProber().probe(dangling).error, QStringLiteral("broken symbolic link: its target does not exist"));

        const QString loopA = dir.filePath(QStringLiteral("loop_a"));
        QVERIFY(QFile::link(QStringLiteral("loop_b"), loopA));
        QVERIFY(QFile::link(QStringLiteral("loop_a"), dir.filePath(QStringLiteral("loop_b"))));
        QVERIFY(MediaProber().probe(loopA).error.contains(QLatin1String("symbolic link loop")));

        QCOMPARE(MediaProber().probe(dir.filePath(QStringLiteral("missing.jpg"))).error, QStringLiteral("file not found"));
    }

    // Root ignores read permission, so as root the probe runs again as user "nobody" through
    // setpriv (what the bad/ README suggests), in this same test binary.
    void unreadableFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("unreadable.jpg"));
        QVERIFY(QFile::copy(Datasets + QStringLiteral("/photos/red_apple.jpg"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        if (geteuid() != 0) {
            QVERIFY(MediaProber().probe(path).error.contains(QLatin1String("permission denied")));
            return;
        }
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: permissions are not enforced");
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755)));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TAGSMITH_UNREADABLE_PATH"), path);
        child.setProcessEnvironment(environment);
        child.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                              QCoreApplication::applicationFilePath(), QStringLiteral("probeUnreadableAsUser")});
        QVERIFY(child.waitForFinished(60'000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestMediaProber::probeUnreadableAsUser()"), output.constData());
    }

    // Only meaningful when unreadableFile() starts it as an unprivileged user.
    void probeUnreadableAsUser()
    {
        const QString path = qEnvironmentVariable("TAGSMITH_UNREADABLE_PATH");
        if (path.isEmpty())
            QSKIP("run by unreadableFile() only");
        QCOMPARE(MediaProber().probe(path).error, QStringLiteral("permission denied: the file cannot be read"));
    }

    // Cut and scribbled-over copies of real files of every family: each probe must come back
    // (no crash, no hang) with either a usable result or a reason. Fixed seed: reproducible.
    void survivesDamagedCopies_data()
    {
        QTest::addColumn<QString>("source");
        for (const char *file : {"photos/red_apple.jpg", "photos/coffee_cup.png", "photos/paint_brushes_heic.heic",
                                 "photos/tigers_snow.psd", "photos/lake_dusk_lzw.tif", "photos/boats_lake_evening.webp",
                                 "videos/dog_portrait_rotate90.mp4", "videos/car_race_1906.webm",
                                 "documents/ruth_kjv.pdf", "documents/ruth_kjv.docx", "documents/ruth_kjv_slides.ppt"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void survivesDamagedCopies()
    {
        QFETCH(QString, source);
        QFile original(Datasets + u'/' + source);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        QTemporaryDir dir;
        QRandomGenerator random(20261123);
        for (int variant = 0; variant < 8; ++variant) {
            QByteArray damaged = bytes;
            if (variant % 2 == 0) {
                damaged.truncate(qsizetype(random.bounded(quint32(bytes.size()))));
            } else {
                for (int i = 0; i < 16; ++i)
                    damaged[random.bounded(quint32(bytes.size()))] = char(random.bounded(256));
            }
            const QString path = dir.filePath(QStringLiteral("damaged%1").arg(variant));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(damaged);
            out.close();
            const MediaInfo info = MediaProber().probe(path);
            QVERIFY(info.ok() || !info.error.isEmpty());
            if (info.ok() && (info.kind == AssetKind::Image || info.kind == AssetKind::Video))
                QVERIFY(info.width > 0 && info.height > 0);
        }
    }

    // The importer probes from worker threads: results must not depend on concurrency.
    void probesConcurrently()
    {
        QStringList paths;
        for (const char *folder : {"/photos", "/videos", "/documents", "/bad"}) {
            const QDir dir(Datasets + QLatin1String(folder));
            for (const QString &name : dir.entryList(QDir::Files))
                paths << dir.filePath(name);
        }
        const MediaProber prober;
        const QList<MediaInfo> parallel = QtConcurrent::blockingMapped(paths, [&](const QString &p) { return prober.probe(p); });
        for (qsizetype i = 0; i < paths.size(); i += 7) {
            const MediaInfo alone = prober.probe(paths[i]);
            QCOMPARE(parallel[i].error, alone.error);
            QCOMPARE(parallel[i].width, alone.width);
            QCOMPARE(parallel[i].mime, alone.mime);
        }
    }
};

QTEST_GUILESS_MAIN(TestMediaProber)
#include "tst_mediaprober.moc"
