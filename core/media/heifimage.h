#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace tagsmith {

// HEIC and AVIF through libheif. Sizes are display sizes: libheif applies the irot/imir/clap
// transformations of the primary image.
class HeifImage {
    Q_DECLARE_TR_FUNCTIONS(HeifImage)
public:
    // The content MIME types this class reads (HEIC, HEIF, AVIF and their sequences).
    static bool handles(const QString &mime);
    static Result<QSize> size(const QString &path, qint64 maxPixels);
    // Decodes the primary image upright at full size (libheif cannot decode reduced).
    static Result<QImage> decode(const QString &path, qint64 maxPixels);
};

} // namespace tagsmith
