#include "imagedecoder.h"

#include "filecheck.h"
#include "heifimage.h"
#include "psdimage.h"

#include <QImageReader>
#include <QMimeDatabase>

#include <cmath>

namespace tagsmith {

namespace {
// Scale factor that makes `size` cover `minimum`; 1 when no reduction is wanted.
double coverScale(QSize size, QSize minimum)
{
    if (minimum.isEmpty() || size.isEmpty())
        return 1.0;
    const double scale = qMax(double(minimum.width()) / size.width(), double(minimum.height()) / size.height());
    return qMin(1.0, scale);
}

QImage finish(QImage image, QSize minimumSize)
{
    const double scale = coverScale(image.size(), minimumSize);
    if (scale <= 0.5) {
        image = image.scaled(qMax(1, int(std::ceil(image.width() * scale))), qMax(1, int(std::ceil(image.height() * scale))),
                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const QImage::Format format = image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    return image.format() == format ? image : image.convertToFormat(format);
}
} // namespace

Result<QImage> ImageDecoder::decode(const QString &path, QSize minimumSize, const ProbeLimits &limits)
{
    const QString problem = FileCheck::problem(path);
    if (!problem.isEmpty())
        return Error{problem};
    return decodeDetected(path, QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(),
                          minimumSize, limits);
}

Result<QImage> ImageDecoder::decodeDetected(const QString &path, const QString &mime, QSize minimumSize,
                                            const ProbeLimits &limits)
{
    Result<QImage> image = Error{};
    if (HeifImage::handles(mime))
        image = HeifImage::decode(path, limits.maxPixels);
    else if (mime == QLatin1String("image/vnd.adobe.photoshop"))
        image = PsdImage::decode(path, limits.maxPixels, 0, limits.timeoutMs);
    else if (mime.startsWith(QLatin1String("image/")))
        image = decodeWithQt(path, minimumSize, limits);
    else
        return Error{tr("not an image (%1)").arg(mime)};
    if (!image)
        return image;
    return finish(std::move(image).value(), minimumSize);
}

Result<QImage> ImageDecoder::decodeWithQt(const QString &path, QSize minimumSize, const ProbeLimits &limits)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QString formatName = QString::fromLatin1(reader.format()).toUpper();
    const QSize stored = reader.size();
    if (!stored.isValid())
        return Error{tr("corrupt %1 image: %2").arg(formatName, reader.errorString())};
    if (qint64(stored.width()) * stored.height() > limits.maxPixels)
        return Error{tr("%1 header claims %2×%3 pixels, over the %4-megapixel limit")
                         .arg(formatName).arg(stored.width()).arg(stored.height()).arg(limits.maxPixels / 1'000'000)};

    // Scaling happens before the orientation transform, so compare in stored orientation.
    const bool swapped = reader.transformation() & QImageIOHandler::TransformationRotate90;
    const double scale = coverScale(stored, swapped ? minimumSize.transposed() : minimumSize);
    if (scale < 1.0 && reader.supportsOption(QImageIOHandler::ScaledSize)) {
        if (reader.format() == "jpeg") {
            // libjpeg scales by 1/2, 1/4 or 1/8 inside the DCT: pick the largest that still covers.
            int denominator = 1;
            while (denominator < 8 && scale * denominator * 2 <= 1.0)
                denominator *= 2;
            reader.setScaledSize(QSize((stored.width() + denominator - 1) / denominator,
                                       (stored.height() + denominator - 1) / denominator));
        } else {
            reader.setScaledSize(QSize(qMax(1, int(std::ceil(stored.width() * scale))),
                                       qMax(1, int(std::ceil(stored.height() * scale)))));
        }
    }
    QImage image = reader.read();
    if (image.isNull())
        return Error{tr("cannot decode the %1 image: %2").arg(formatName, reader.errorString())};
    return image;
}

} // namespace tagsmith
