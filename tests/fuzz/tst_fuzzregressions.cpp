// Inputs that broke a parser (found by the libFuzzer targets in tests/fuzz, or known from
// reports), fed to the fixed parser. Labelled "sanitize": the overflows among them are
// undefined behaviour that only the sanitizer build turns into a failure.
#include "media/isobmff.h"
#include "media/pngstructure.h"
#include "media/psdimage.h"
#include "metadata/csvrecords.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <array>

using namespace tagsmith;

namespace {

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be64(quint64 value)
{
    QByteArray bytes(8, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    return be32(quint32(data.size())) + typed + be32(crc32(typed));
}

QByteArray pngHeader(quint32 width, quint32 height)
{
    // 8-bit greyscale, not interlaced.
    return QByteArray("\x89PNG\r\n\x1a\n", 8)
           + pngChunk("IHDR", be32(width) + be32(height) + QByteArray("\x08\x00\x00\x00\x00", 5));
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // 4294967295 × 4294967295 overflowed the signed 64-bit pixel count.
    void pngHugeDimensionsAreRefusedByTheLimit()
    {
        const QString path = write(QStringLiteral("huge.png"), pngHeader(0xFFFFFFFFu, 0xFFFFFFFFu));
        const PngStructure::Report report = PngStructure::check(path, 100'000'000);
        QVERIFY2(report.problem.contains(QLatin1String("over the 100-megapixel limit")), qPrintable(report.problem));
    }

    // A 1×1 image declares 2 inflated bytes; its IDAT inflated 16 MB and was inflated to the end.
    void pngInflateStopsAtTheDeclaredSize()
    {
        const QByteArray zlib = qCompress(QByteArray(16 * 1024 * 1024, '\0'), 9).mid(4); // drop Qt's length prefix
        const QByteArray png = pngHeader(1, 1) + pngChunk("IDAT", zlib) + pngChunk("IEND", {});
        const PngStructure::Report report = PngStructure::check(write(QStringLiteral("bomb.png"), png), 100'000'000);
        QCOMPARE(report.size, QSize(1, 1));
        QVERIFY2(report.problem.contains(QLatin1String("more than the 2 bytes its header declares")), qPrintable(report.problem));
    }

    void pngImageDataBeforeTheHeaderIsNamed()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IDAT", qCompress(QByteArray(2, '\0')).mid(4))
                               + pngChunk("IEND", {});
        const PngStructure::Report report = PngStructure::check(write(QStringLiteral("idat-first.png"), png), 100'000'000);
        QCOMPARE(report.problem, QStringLiteral("corrupt PNG: image data before the IHDR header chunk"));
    }

    void pngSoundFileStillPasses()
    {
        const QByteArray png = pngHeader(1, 1) + pngChunk("IDAT", qCompress(QByteArray(2, '\0')).mid(4)) + pngChunk("IEND", {});
        const PngStructure::Report report = PngStructure::check(write(QStringLiteral("ok.png"), png), 100'000'000);
        QCOMPARE(report.problem, QString());
        QCOMPARE(report.size, QSize(1, 1));
    }

    // Same overflow as PNG, in the PSD header.
    void psdHugeDimensionsAreRefusedByTheLimit()
    {
        QByteArray psd = QByteArray("8BPS", 4) + QByteArray("\x00\x01", 2) + QByteArray(6, '\0') + QByteArray("\x00\x03", 2)
                         + be32(0xFFFFFFFFu) + be32(0xFFFFFFFFu) + QByteArray("\x00\x08\x00\x03", 4);
        const Result<QSize> size = PsdImage::size(write(QStringLiteral("huge.psd"), psd), 100'000'000);
        QVERIFY(!size);
        QVERIFY2(size.error().contains(QLatin1String("over the 100-megapixel limit")), qPrintable(size.error()));
    }

    // A 64-bit box size near 2^63 overflowed the file position after the first box.
    void isoBmffHugeBoxSizeEndsTheWalk()
    {
        const QByteArray file = be32(16) + QByteArray("free", 4) + QByteArray(8, '\0')
                                + be32(1) + QByteArray("mdat", 4) + be64(0x7FFFFFFFFFFFFFF8ull)
                                + be32(8) + QByteArray("moov", 4);
        const QString path = write(QStringLiteral("huge-box.mp4"), file);
        QVERIFY(!IsoBmff::hasTopLevelBox(path, "moov"));
        QVERIFY(IsoBmff::hasTopLevelBox(path, "mdat"));
    }

    void isoBmffSoundBoxesAreFound()
    {
        const QByteArray file = be32(16) + QByteArray("ftyp", 4) + QByteArray("isom\0\0\0\0", 8)
                                + be32(1) + QByteArray("free", 4) + be64(16) + be32(8) + QByteArray("moov", 4);
        QVERIFY(IsoBmff::hasTopLevelBox(write(QStringLiteral("ok.mp4"), file), "moov"));
    }

    // join({""}) wrote an empty line, which parses back as a blank line without fields.
    void csvSingleEmptyFieldRoundTrips()
    {
        const QString line = CsvRecords::join({QString()});
        QCOMPARE(line, QStringLiteral("\"\""));
        const QList<CsvRecord> records = CsvRecords::parse(line);
        QCOMPARE(records.size(), 1);
        QVERIFY(!records.first().blank);
        QCOMPARE(records.first().fields, QStringList{QString()});
        QCOMPARE(CsvRecords::join({QString(), QString()}), QStringLiteral(","));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
