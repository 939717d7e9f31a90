#include "psdimage.h"

#include "avdecoder.h"
#include "bytereader.h"

#include <QFile>

namespace tagsmith {

Result<QSize> PsdImage::size(const QString &path, qint64 maxPixels)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot open the file: %1").arg(file.errorString())};
    const QByteArray header = file.read(26);
    if (header.size() < 26 || !header.startsWith("8BPS"))
        return Error{tr("truncated PSD: the file header is incomplete")};
    const int version = readBE16(header.constData(), 4);
    if (version != 1 && version != 2)
        return Error{tr("corrupt PSD: unknown version %1").arg(version)};
    const quint32 height = readBE32(header.constData(), 14);
    const quint32 width = readBE32(header.constData(), 18);
    if (width == 0 || height == 0)
        return Error{tr("corrupt PSD: the header declares an empty image")};
    if (quint64(width) * height > quint64(maxPixels)) // unsigned: 2^32 squared overflows qint64
        return Error{tr("PSD header claims %1×%2 pixels, over the %3-megapixel limit")
                         .arg(width).arg(height).arg(maxPixels / 1'000'000)};
    return QSize(int(width), int(height));
}

Result<QImage> PsdImage::decode(const QString &path, qint64 maxPixels, int minimumShortSide, int timeoutMs)
{
    const Result<QSize> headerSize = size(path, maxPixels);
    if (!headerSize)
        return Error{headerSize.error()};
    const auto input = AvInput::open(path, std::chrono::milliseconds(timeoutMs));
    if (!input)
        return Error{tr("corrupt PSD: %1").arg(input.error())};
    const int stream = input.value()->videoStreamIndex();
    if (stream < 0)
        return Error{tr("corrupt PSD: no image data")};
    const auto decoder = AvDecoder::open(input.value(), stream);
    if (!decoder)
        return Error{tr("corrupt PSD: %1").arg(decoder.error())};
    const auto frame = decoder.value()->nextFrame(4);
    if (!frame)
        return Error{tr("corrupt PSD: %1").arg(frame.error())};
    const QImage image = AvDecoder::toImage(frame.value(), minimumShortSide);
    if (image.isNull())
        return Error{tr("corrupt PSD: unsupported pixel format")};
    return image;
}

} // namespace tagsmith
