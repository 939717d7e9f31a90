#include "pngstructure.h"

#include "bytereader.h"

#include <QFile>

#include <zlib.h>

#include <array>

namespace tagsmith {

namespace {
constexpr char Signature[] = "\x89PNG\r\n\x1a\n";

int channelsFor(int colourType)
{
    switch (colourType) {
    case 0: return 1;
    case 2: return 3;
    case 3: return 1;
    case 4: return 2;
    case 6: return 4;
    default: return 0;
    }
}

// Filtered scanline bytes of one (sub)image: one filter byte per row.
quint64 rawBytes(quint64 width, quint64 height, int bitsPerPixel)
{
    if (width == 0 || height == 0)
        return 0;
    return height * (1 + (width * quint64(bitsPerPixel) + 7) / 8);
}

quint64 expectedInflatedSize(quint64 width, quint64 height, int bitsPerPixel, bool interlaced)
{
    if (!interlaced)
        return rawBytes(width, height, bitsPerPixel);
    // Adam7: start and step of the seven passes in x and y.
    static constexpr std::array<int, 7> xs{0, 4, 0, 2, 0, 1, 0}, dx{8, 8, 4, 4, 2, 2, 1};
    static constexpr std::array<int, 7> ys{0, 0, 4, 0, 2, 0, 1}, dy{8, 8, 8, 4, 4, 2, 2};
    quint64 total = 0;
    for (size_t p = 0; p < 7; ++p) {
        const quint64 w = width > quint64(xs[p]) ? (width - xs[p] + dx[p] - 1) / dx[p] : 0;
        const quint64 h = height > quint64(ys[p]) ? (height - ys[p] + dy[p] - 1) / dy[p] : 0;
        total += rawBytes(w, h, bitsPerPixel);
    }
    return total;
}

class Inflater {
public:
    Inflater() { m_ok = inflateInit(&m_stream) == Z_OK; }
    ~Inflater() { inflateEnd(&m_stream); }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    // Feeds compressed bytes; the output is counted and discarded. Stops once the output passes
    // `limit`: a small IDAT can inflate to gigabytes, and the count is wrong from there anyway.
    bool feed(const char *data, qint64 size, quint64 limit)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_stream.avail_in = uInt(size);
        while (m_ok && !m_finished && m_stream.avail_in > 0 && m_produced <= limit) {
            m_stream.next_out = m_buffer.data();
            m_stream.avail_out = uInt(m_buffer.size());
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            m_produced += m_buffer.size() - m_stream.avail_out;
            if (rc == Z_STREAM_END)
                m_finished = true;
            else if (rc != Z_OK && rc != Z_BUF_ERROR)
                m_ok = false;
        }
        return m_ok;
    }
    bool finished() const { return m_finished; }
    quint64 produced() const { return m_produced; }

private:
    z_stream m_stream{};
    std::array<Bytef, 64 * 1024> m_buffer{};
    quint64 m_produced = 0;
    bool m_ok = false;
    bool m_finished = false;
};
} // namespace

PngStructure::Report PngStructure::check(const QString &path, qint64 maxPixels)
{
    Report report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.problem = tr("cannot open the file: %1").arg(file.errorString());
        return report;
    }
    const qint64 size = file.size();
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    if (!mapped) {
        report.problem = tr("cannot read the file: %1").arg(file.errorString());
        return report;
    }
    const char *data = reinterpret_cast<const char *>(mapped);
    if (size < 8 || QByteArray::fromRawData(data, 8) != QByteArray(Signature, 8)) {
        report.problem = tr("corrupt PNG: bad signature");
        return report;
    }

    Inflater inflater;
    quint64 expected = 0;
    qint64 pos = 8;
    while (true) {
        if (pos + 12 > size) {
            report.problem = tr("truncated PNG: the file ends before the IEND chunk");
            return report;
        }
        const qint64 length = readBE32(data, pos);
        const QByteArray type = QByteArray(data + pos + 4, 4);
        const QString typeName = QString::fromLatin1(type);
        if (length > 0x7FFFFFFF || pos + 12 + length > size) {
            report.problem = tr("truncated PNG: the file ends inside the %1 chunk").arg(typeName);
            return report;
        }
        const char *chunkData = data + pos + 8;
        const quint32 storedCrc = readBE32(data, pos + 8 + length);
        const quint32 crc = quint32(crc32(crc32(0, nullptr, 0),
                                          reinterpret_cast<const Bytef *>(data + pos + 4), uInt(length + 4)));
        if (type == "IHDR") {
            if (length < 13) {
                report.problem = tr("corrupt PNG: IHDR chunk too short");
                return report;
            }
            const quint32 width = readBE32(chunkData, 0);
            const quint32 height = readBE32(chunkData, 4);
            if (quint64(width) * height > quint64(maxPixels)) { // unsigned: 2^32 squared overflows qint64
                report.problem = tr("PNG header claims %1×%2 pixels, over the %3-megapixel limit")
                                     .arg(width).arg(height).arg(maxPixels / 1'000'000);
                return report;
            }
            const int bitsPerPixel = channelsFor(quint8(chunkData[9])) * quint8(chunkData[8]);
            if (width == 0 || height == 0 || bitsPerPixel == 0) {
                report.problem = tr("corrupt PNG: invalid header (%1×%2 pixels)").arg(width).arg(height);
                return report;
            }
            report.size = QSize(int(width), int(height));
            expected = expectedInflatedSize(width, height, bitsPerPixel, chunkData[12] != 0);
        }
        if (crc != storedCrc) {
            report.problem = tr("corrupt PNG: bad CRC in %1").arg(typeName);
            return report;
        }
        if (type == "IDAT" && !report.size.isValid()) {
            report.problem = tr("corrupt PNG: image data before the IHDR header chunk");
            return report;
        }
        if (type == "IDAT" && !inflater.feed(chunkData, length, expected)) {
            report.problem = tr("corrupt PNG: the compressed image data is damaged");
            return report;
        }
        if (inflater.produced() > expected) {
            report.problem = tr("corrupt PNG: the image data inflates to more than the %1 bytes its header declares")
                                 .arg(expected);
            return report;
        }
        if (type == "IEND")
            break;
        pos += 12 + length;
    }
    if (!report.size.isValid())
        report.problem = tr("corrupt PNG: no IHDR header chunk");
    else if (!inflater.finished() || inflater.produced() != expected)
        report.problem = tr("corrupt PNG: the image data is incomplete (%1 of %2 bytes)")
                             .arg(inflater.produced()).arg(expected);
    return report;
}

} // namespace tagsmith
