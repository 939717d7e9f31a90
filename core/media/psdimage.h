#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace tagsmith {

// Photoshop PSD: size from the 26-byte file header, pixels (the merged composite) through
// FFmpeg's psd decoder, since Qt has no PSD plugin.
class PsdImage {
    Q_DECLARE_TR_FUNCTIONS(PsdImage)
public:
    static Result<QSize> size(const QString &path, qint64 maxPixels);
    static Result<QImage> decode(const QString &path, qint64 maxPixels, int minimumShortSide, int timeoutMs);
};

} // namespace tagsmith
