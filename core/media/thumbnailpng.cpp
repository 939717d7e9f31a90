#include "thumbnailpng.h"

#include <zlib.h>

#include <cstring>

namespace tagsmith {
namespace {

void appendBE32(QByteArray &out, quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    appendBE32(out, quint32(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(out.constData() + start), uInt(out.size() - start));
    appendBE32(out, quint32(crc));
}

} // namespace

QByteArray thumbnailPng(const QImage &source, const QList<QPair<QByteArray, QByteArray>> &text)
{
    if (source.isNull())
        return {};
    const bool alpha = source.hasAlphaChannel();
    const QImage image = source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const int channels = alpha ? 4 : 3;
    const qsizetype rowBytes = qsizetype(image.width()) * channels;

    // Filter "Sub" on every row: each byte minus the same channel of the pixel to its left.
    QByteArray filtered(image.height() * (rowBytes + 1), Qt::Uninitialized);
    char *out = filtered.data();
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        *out++ = 1;
        std::memcpy(out, row, size_t(std::min<qsizetype>(channels, rowBytes)));
        for (qsizetype i = channels; i < rowBytes; ++i)
            out[i] = char(row[i] - row[i - channels]);
        out += rowBytes;
    }
    uLongf packedSize = compressBound(uLong(filtered.size()));
    QByteArray packed(qsizetype(packedSize), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(packed.data()), &packedSize, reinterpret_cast<const Bytef *>(filtered.constData()),
                  uLong(filtered.size()), 1) != Z_OK)
        return {};
    packed.truncate(qsizetype(packedSize));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBE32(header, quint32(image.width()));
    appendBE32(header, quint32(image.height()));
    header.append(char(8));                  // bits per channel
    header.append(char(alpha ? 6 : 2));      // RGBA or RGB
    header.append(3, char(0));               // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header);
    for (const auto &[key, value] : text)
        appendChunk(png, "tEXt", key + '\0' + value);
    appendChunk(png, "IDAT", packed);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace tagsmith
