#include "imageprobe.h"

#include "heifimage.h"
#include "jpegstructure.h"
#include "pngstructure.h"
#include "psdimage.h"

#include <QImageReader>

namespace tagsmith {

namespace {
void setSize(MediaInfo &info, QSize size, bool swapped)
{
    info.width = swapped ? size.height() : size.width();
    info.height = swapped ? size.width() : size.height();
}

int clockwiseDegrees(QImageIOHandler::Transformations t)
{
    // Mirrored orientations also rotate; the mirror itself does not change the display size.
    if (t & QImageIOHandler::TransformationRotate90)
        return (t & QImageIOHandler::TransformationMirror) && (t & QImageIOHandler::TransformationFlip) ? 270 : 90;
    if ((t & QImageIOHandler::TransformationRotate180) == QImageIOHandler::TransformationRotate180)
        return 180;
    return 0;
}

template <typename Decode>
void probeSizeThenDecode(MediaInfo &info, const Result<QSize> &size, Decode decode)
{
    if (!size) {
        info.error = size.error();
        return;
    }
    setSize(info, size.value(), false);
    const Result<QImage> image = decode();
    if (!image)
        info.error = image.error();
}
} // namespace

void ImageProbe::probe(const QString &path, const ProbeLimits &limits, MediaInfo &info)
{
    if (HeifImage::handles(info.mime)) {
        probeSizeThenDecode(info, HeifImage::size(path, limits.maxPixels),
                            [&] { return HeifImage::decode(path, limits.maxPixels); });
        return;
    }
    if (info.mime == QLatin1String("image/vnd.adobe.photoshop")) {
        // 64 px is enough to prove the pixel data decodes.
        probeSizeThenDecode(info, PsdImage::size(path, limits.maxPixels),
                            [&] { return PsdImage::decode(path, limits.maxPixels, 64, limits.timeoutMs); });
        return;
    }
    if (info.mime == QLatin1String("image/png")) {
        const PngStructure::Report report = PngStructure::check(path, limits.maxPixels);
        if (!report.problem.isEmpty()) {
            info.error = report.problem;
            return;
        }
    } else if (info.mime == QLatin1String("image/jpeg")) {
        const QString problem = JpegStructure::problem(path);
        if (!problem.isEmpty()) {
            info.error = problem;
            return;
        }
    }
    probeWithQt(path, limits, info);
}

void ImageProbe::probeWithQt(const QString &path, const ProbeLimits &limits, MediaInfo &info)
{
    QImageReader reader(path);
    reader.setAutoTransform(false);
    const QByteArray format = reader.format();
    const QString formatName = QString::fromLatin1(format).toUpper();
    if (format.isEmpty()) {
        info.error = tr("unsupported image format (%1)").arg(info.mime);
        return;
    }
    const QSize size = reader.size();
    if (!size.isValid()) {
        info.error = tr("corrupt %1 image: %2").arg(formatName, reader.errorString());
        return;
    }
    if (qint64(size.width()) * size.height() > limits.maxPixels) {
        info.error = tr("%1 header claims %2×%3 pixels, over the %4-megapixel limit")
                         .arg(formatName).arg(size.width()).arg(size.height()).arg(limits.maxPixels / 1'000'000);
        return;
    }
    const QImageIOHandler::Transformations transformation = reader.transformation();
    info.rotation = clockwiseDegrees(transformation);
    setSize(info, size, transformation & QImageIOHandler::TransformationRotate90);

    // PNG was fully verified by its structure walk; the rest prove themselves by decoding,
    // at 1/8 scale where the format can (JPEG DCT scaling, WebP).
    if (format == "png")
        return;
    if (reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(QSize(qMax(1, size.width() / 8), qMax(1, size.height() / 8)));
    const QImage image = reader.read();
    if (image.isNull())
        info.error = tr("cannot decode the %1 image: %2").arg(formatName, reader.errorString());
}

} // namespace tagsmith
