#pragma once

#include "mediaprober.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace tagsmith {

// Decodes still images for thumbnails and the embedder: upright (EXIF orientation applied),
// at reduced size where the format allows (JPEG DCT scaling, WebP), within the pixel limit.
// Thread-safe; HEIC/AVIF go through libheif, PSD through FFmpeg.
class ImageDecoder {
    Q_DECLARE_TR_FUNCTIONS(ImageDecoder)
public:
    // The result covers `minimumSize` (display orientation, aspect kept: width >= minimum width and
    // height >= minimum height, unless the image itself is smaller; never upscaled) and is less
    // than twice that on the covering side. An empty minimumSize decodes at full size.
    // Format: RGB32, or ARGB32 when the image has alpha.
    // Time is bounded through the pixel limit; PSD decoding also honours limits.timeoutMs.
    static Result<QImage> decode(const QString &path, QSize minimumSize = {}, const ProbeLimits &limits = {});
    // The same for a readable file whose content MIME type the caller already detected.
    static Result<QImage> decodeDetected(const QString &path, const QString &mime, QSize minimumSize,
                                         const ProbeLimits &limits);

private:
    static Result<QImage> decodeWithQt(const QString &path, QSize minimumSize, const ProbeLimits &limits);
};

} // namespace tagsmith
