#include "csvtable.h"
#include "media/imagedecoder.h"

#include <QTest>

using namespace tagsmith;
using tagsmith::test::addDisplaySizeRows;

namespace {
const QString Datasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");
}

class TestImageDecoder : public QObject {
    Q_OBJECT
private slots:
    void photosUprightAndReduced_data()
    {
        QCOMPARE(addDisplaySizeRows(Datasets + QStringLiteral("/photos/manifest.csv")), 112);
    }

    void photosUprightAndReduced()
    {
        QFETCH(QString, file);
        QFETCH(int, displayWidth);
        QFETCH(int, displayHeight);
        const QSize minimum(256, 256);
        const Result<QImage> image = ImageDecoder::decode(Datasets + QStringLiteral("/photos/") + file, minimum);
        QVERIFY2(image.ok(), qPrintable(image.error()));
        const QSize size = image->size();
        // Upright: same aspect as the manifest's display size (EXIF 6/8 photos are portrait).
        const double expectedAspect = double(displayWidth) / displayHeight;
        const double aspect = double(size.width()) / size.height();
        QVERIFY2(std::abs(aspect - expectedAspect) / expectedAspect < 0.02,
                 qPrintable(QStringLiteral("%1x%2 vs %3x%4").arg(size.width()).arg(size.height()).arg(displayWidth).arg(displayHeight)));
        // Covers the minimum (unless the photo is smaller) and is reduced below twice it.
        const int shortSide = qMin(size.width(), size.height());
        QVERIFY(shortSide >= qMin(256, qMin(displayWidth, displayHeight)));
        QVERIFY2(shortSide < 512 || shortSide == qMin(displayWidth, displayHeight), qPrintable(QString::number(shortSide)));
        QVERIFY(image->format() == QImage::Format_RGB32 || image->format() == QImage::Format_ARGB32);
    }

    void fullSizeHasDisplayOrientation()
    {
        // EXIF orientation 6: stored 563×751, shown 751×563.
        const Result<QImage> image = ImageDecoder::decode(Datasets + QStringLiteral("/photos/leuven_street_rotated_exif_orient6_keywords.jpg"));
        QVERIFY2(image.ok(), qPrintable(image.error()));
        QCOMPARE(image->size(), QSize(751, 563));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bomb") << "png_bomb_valid_30000x30000_1bit.png" << "over the 100-megapixel limit";
        QTest::newRow("header bomb") << "png_bomb_header_100000x100000.png" << "over the 100-megapixel limit";
        QTest::newRow("random") << "random_bytes.jpg" << "not an image";
        QTest::newRow("empty") << "zero_bytes.png" << "not an image";
        QTest::newRow("pdf") << "pdf_named_as.docx" << "not an image";
    }

    void refusesBadInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const Result<QImage> image = ImageDecoder::decode(Datasets + QStringLiteral("/bad/") + file, QSize(256, 256));
        QVERIFY(!image.ok());
        QVERIFY2(image.error().contains(reason), qPrintable(image.error()));
    }

    void corruptExifStillDecodes()
    {
        const Result<QImage> image = ImageDecoder::decode(Datasets + QStringLiteral("/bad/jpeg_corrupt_exif_ifd_offset.jpg"));
        QVERIFY2(image.ok(), qPrintable(image.error()));
        QCOMPARE(image->size(), QSize(800, 600));
    }
};

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
