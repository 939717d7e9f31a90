#include "media/documentcard.h"
#include "media/jpegstructure.h"
#include "media/thumbnailer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace tagsmith;

namespace {
const QString Datasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");

// The decoded image, not QImageReader::text(): Qt's reader splits keys at ':'.
QString pngText(const QString &file, const QString &key)
{
    return QImage(file, "png").text(key);
}
} // namespace

class TestThumbnailer : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_cache.isValid());
        // A cold, private cache: the freedesktop layout goes under $XDG_CACHE_HOME/thumbnails.
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    }

    void fitsAndIsUpright_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("jpeg 12 MP, EXIF 3") << "photos/dog_samoyed_indoor_phone_12mp_exif_orient3.jpg" << QSize(256, 192);
        QTest::newRow("jpeg EXIF 6") << "photos/leuven_street_rotated_exif_orient6_keywords.jpg" << QSize(256, 192);
        QTest::newRow("jpeg EXIF 8") << "photos/kpa_pool_2.jpg" << QSize(192, 256);
        QTest::newRow("png") << "photos/cat_chelsea.png" << QSize(256, 170);
        QTest::newRow("heic") << "photos/paint_brushes_heic.heic" << QSize();
        QTest::newRow("avif") << "photos/living_room_interior_avif.avif" << QSize();
        QTest::newRow("psd") << "photos/tigers_snow.psd" << QSize(256, 188);
        QTest::newRow("rotated video") << "videos/dog_portrait_rotate90.mp4" << QSize(144, 256);
        QTest::newRow("single-frame video") << "bad/single_frame_video.mp4" << QSize(256, 192);
        QTest::newRow("corrupt-middle video") << "bad/video_corrupt_middle.mp4" << QSize(256, 192);
        QTest::newRow("pdf A4") << "documents/ruth_kjv.pdf" << QSize(181, 256);
    }

    void fitsAndIsUpright()
    {
        QFETCH(QString, file);
        QFETCH(QSize, expected);
        const Result<QImage> thumb = Thumbnailer().render(Datasets + u'/' + file);
        QVERIFY2(thumb.ok(), qPrintable(thumb.error()));
        QCOMPARE(qMax(thumb->width(), thumb->height()), Thumbnailer::Size);
        if (expected.isValid()) {
            QVERIFY2(std::abs(thumb->width() - expected.width()) <= 1 && std::abs(thumb->height() - expected.height()) <= 1,
                     qPrintable(QStringLiteral("%1x%2").arg(thumb->width()).arg(thumb->height())));
        }
    }

    void documentCard()
    {
        const Result<QImage> card = Thumbnailer().render(Datasets + QStringLiteral("/documents/ruth_kjv.docx"));
        QVERIFY2(card.ok(), qPrintable(card.error()));
        QCOMPARE(card->size(), QSize(192, 256));
        // The band is coloured and the white area holds the dark text of the file name.
        int dark = 0;
        for (int y = 80; y < card->height() - 20; ++y)
            for (int x = 10; x < card->width() - 10; ++x)
                dark += qGray(card->pixel(x, y)) < 100;
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
    }

    void documentCardLabel_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("label");
        QTest::newRow("legacy PowerPoint keeps its extension") << QStringLiteral("/d/deck.ppt") << QStringLiteral("application/vnd.ms-powerpoint") << QStringLiteral("PPT");
        QTest::newRow("Word") << QStringLiteral("/d/report.docx")
                              << QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document") << QStringLiteral("DOCX");
        QTest::newRow("no extension: the type's") << QStringLiteral("/d/README") << QStringLiteral("text/plain") << QStringLiteral("TXT");
        QTest::newRow("mislabelled extension: the type's") << QStringLiteral("/d/photo.pdf") << QStringLiteral("text/plain") << QStringLiteral("TXT");
    }

    void documentCardLabel()
    {
        QFETCH(QString, path);
        QFETCH(QString, mime);
        QFETCH(QString, label);
        QCOMPARE(DocumentCard::formatLabel(path, mime), label);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("encrypted pdf") << "documents/ruth_kjv_encrypted_aes256_pw_tagsmith.pdf" << "encrypted PDF: password required";
        QTest::newRow("audio only") << "bad/audio_only_no_video_stream.mp4" << "no video stream (audio only)";
        QTest::newRow("bomb") << "bad/png_bomb_valid_30000x30000_1bit.png" << "over the 100-megapixel limit";
        QTest::newRow("random") << "bad/random_bytes.pdf" << "not a recognised image, video or document format";
        QTest::newRow("no index") << "bad/truncated_moov_missing.mp4" << "moov atom missing";
    }

    void failures()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const Result<QImage> thumb = Thumbnailer().thumbnail(Datasets + u'/' + file);
        QVERIFY(!thumb.ok());
        QVERIFY2(thumb.error().contains(reason), qPrintable(thumb.error()));
    }

    void cachesInFreedesktopLayout()
    {
        QTemporaryDir work;
        const QString photo = work.filePath(QStringLiteral("apple with space.jpg"));
        QVERIFY(QFile::copy(Datasets + QStringLiteral("/photos/red_apple.jpg"), photo));
        const Thumbnailer thumbnailer;
        const QByteArray uri = QUrl::fromLocalFile(photo).toEncoded();
        QVERIFY(uri.contains("apple%20with%20space.jpg"));
        const QString expectedFile = m_cache.path() + QStringLiteral("/thumbnails/large/")
            + QString::fromLatin1(QCryptographicHash::hash(uri, QCryptographicHash::Md5).toHex()) + QStringLiteral(".png");
        QCOMPARE(thumbnailer.cacheFile(photo), expectedFile);

        QVERIFY(thumbnailer.thumbnail(photo).ok());
        QVERIFY(QFileInfo::exists(expectedFile));
        QCOMPARE(pngText(expectedFile, QStringLiteral("Thumb::URI")), QString::fromLatin1(uri));
        QCOMPARE(pngText(expectedFile, QStringLiteral("Thumb::MTime")), QString::number(QFileInfo(photo).lastModified().toSecsSinceEpoch()));
        QCOMPARE(QFileInfo(expectedFile).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        // Fresh entry: served from the cache, the file is not rewritten.
        const QDateTime written = QFileInfo(expectedFile).lastModified();
        QFile marker(expectedFile);
        QVERIFY(marker.open(QIODevice::ReadWrite));
        QVERIFY(marker.setFileTime(written.addSecs(-100), QFileDevice::FileModificationTime));
        marker.close();
        QVERIFY(thumbnailer.thumbnail(photo).ok());
        QCOMPARE(QFileInfo(expectedFile).lastModified(), written.addSecs(-100));

        // The source changed: the entry is rebuilt with the new MTime.
        QFile source(photo);
        QVERIFY(source.open(QIODevice::ReadWrite));
        const QDateTime later = QDateTime::currentDateTime().addSecs(3600);
        QVERIFY(source.setFileTime(later, QFileDevice::FileModificationTime));
        source.close();
        QVERIFY(thumbnailer.thumbnail(photo).ok());
        QCOMPARE(pngText(expectedFile, QStringLiteral("Thumb::MTime")), QString::number(later.toSecsSinceEpoch()));
    }

    // The thumbnail PNG writer (thumbnailPng) must give back exactly the pixels it was handed,
    // with and without alpha, or a decoded-once thumbnail would differ from what Qt shows.
    void storedPixelsReadBackExactly()
    {
        QTemporaryDir work;
        const QString photo = work.filePath(QStringLiteral("apple.jpg"));
        QVERIFY(QFile::copy(Datasets + QStringLiteral("/photos/red_apple.jpg"), photo));
        const QImage decoded = QImage(photo).scaled(200, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QVERIFY(!decoded.isNull());
        const Thumbnailer thumbnailer;
        QVERIFY(!thumbnailer.isFresh(photo));

        thumbnailer.storeDecoded(photo, decoded.convertToFormat(QImage::Format_RGB888));
        QVERIFY(thumbnailer.isFresh(photo));
        const QImage back(thumbnailer.cacheFile(photo), "png");
        QVERIFY(!back.hasAlphaChannel());
        QCOMPARE(back.convertToFormat(QImage::Format_RGB888), decoded.convertToFormat(QImage::Format_RGB888));

        QImage translucent = decoded.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < translucent.height(); ++y)
            for (int x = 0; x < translucent.width() / 2; ++x) {
                const QRgb pixel = translucent.pixel(x, y);
                translucent.setPixel(x, y, qRgba(qRed(pixel), qGreen(pixel), qBlue(pixel), 0x80));
            }
        thumbnailer.storeDecoded(photo, translucent);
        const QImage backAlpha(thumbnailer.cacheFile(photo), "png");
        QVERIFY(backAlpha.hasAlphaChannel());
        QCOMPARE(backAlpha.convertToFormat(QImage::Format_RGBA8888), translucent.convertToFormat(QImage::Format_RGBA8888));
        QCOMPARE(pngText(thumbnailer.cacheFile(photo), QStringLiteral("Thumb::URI")), QString::fromLatin1(Thumbnailer::fileUri(photo)));
    }

    // Photos with an ICC profile take Qt's colour-managed path for their thumbnail.
    void jpegColourProfileIsDetected()
    {
        QVERIFY(JpegStructure::hasColourProfile(Datasets + QStringLiteral("/photos/castle_maintenon.jpg")));
        QVERIFY(!JpegStructure::hasColourProfile(Datasets + QStringLiteral("/photos/aerial_city_view.jpg")));
        QTemporaryDir work;
        const QString empty = work.filePath(QStringLiteral("empty.jpg"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xff\xd8\xff\xe2\x00", 5);   // an APP2 marker cut off in its length
        file.close();
        QVERIFY(!JpegStructure::hasColourProfile(empty));
        QVERIFY(!JpegStructure::hasColourProfile(work.filePath(QStringLiteral("missing.jpg"))));
    }

private:
    QTemporaryDir m_cache;
};

QTEST_MAIN(TestThumbnailer)
#include "tst_thumbnailer.moc"
