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
    static Result<QSize> size(const QString &path, qint64 maxPixels);
    // Decodes the primary image upright, scaled so its short side is at least minimumShortSide
    // (0: full size).
    static Result<QImage> decode(const QString &path, qint64 maxPixels, int minimumShortSide);
};

} // namespace tagsmith
