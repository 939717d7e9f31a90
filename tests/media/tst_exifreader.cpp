#include "csvtable.h"
#include "media/exifreader.h"

#include <QTest>
#include <QtConcurrent>

using namespace tagsmith;
using tagsmith::test::readCsvRecords;

namespace {
const QString Datasets = QStringLiteral(TAGSMITH_SHARED_DIR "/datasets");
}

class TestExifReader : public QObject {
    Q_OBJECT
private slots:
    void orientationMatchesManifest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("orientation");
        const auto records = readCsvRecords(Datasets + QStringLiteral("/photos/manifest.csv"));
        for (const auto &row : records) {
            if (row.value(QStringLiteral("format")) != QLatin1String("JPEG"))
                continue;
            const QString file = row.value(QStringLiteral("file"));
            const int orientation = row.value(QStringLiteral("exif_orientation")).toInt();
            QTest::addRow("%s", qPrintable(file)) << file << (orientation == 0 ? 1 : orientation);
        }
    }

    void orientationMatchesManifest()
    {
        QFETCH(QString, file);
        QFETCH(int, orientation);
        const Result<ExifInfo> info = ExifReader::read(Datasets + QStringLiteral("/photos/") + file);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info->orientation, orientation);
    }

    void cameraSettings()
    {
        const Result<ExifInfo> info = ExifReader::read(Datasets + QStringLiteral("/photos/castle_maintenon.jpg"));
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info->cameraMake, QStringLiteral("NIKON CORPORATION"));
        QCOMPARE(info->cameraModel, QStringLiteral("NIKON D3"));
        QCOMPARE(info->dateTaken, QDateTime(QDate(2008, 4, 12), QTime(14, 28, 38)));
        QCOMPARE(info->fNumber, 5.6);
        QCOMPARE(info->iso, 200);
        QVERIFY(info->exposureTimeSec > 0.0007 && info->exposureTimeSec < 0.0009);
    }

    void brokenInputGivesErrorValues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("IFD offset 0x7FFFFFF0") << "jpeg_corrupt_exif_ifd_offset.jpg";
        QTest::newRow("random bytes") << "random_bytes.jpg";
        QTest::newRow("zero bytes") << "zero_bytes.jpg";
        QTest::newRow("truncated") << "truncated_header_only.jpg";
    }

    void brokenInputGivesErrorValues()
    {
        QFETCH(QString, file);
        const Result<ExifInfo> info = ExifReader::read(Datasets + QStringLiteral("/bad/") + file);
        // Either no metadata or a reason; the broken IFD must never yield a rotation.
        if (info.ok())
            QCOMPARE(info->orientation, 1);
        else
            QVERIFY(!info.error().isEmpty());
    }

    void readsConcurrently()
    {
        QStringList paths;
        const QDir photos(Datasets + QStringLiteral("/photos"));
        for (const QString &name : photos.entryList({QStringLiteral("*.jpg")}, QDir::Files))
            paths << photos.filePath(name);
        const QList<int> orientations = QtConcurrent::blockingMapped(paths, [](const QString &p) {
            const Result<ExifInfo> info = ExifReader::read(p);
            return info.ok() ? info->orientation : -1;
        });
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const Result<ExifInfo> alone = ExifReader::read(paths[i]);
            QCOMPARE(orientations[i], alone.ok() ? alone->orientation : -1);
        }
    }
};

QTEST_GUILESS_MAIN(TestExifReader)
#include "tst_exifreader.moc"
