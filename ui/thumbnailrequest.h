#pragma once

#include "media/assetkind.h"

#include <QImage>
#include <QString>

namespace tagsmith {

// What a worker needs to render one thumbnail, and what it returns. Plain values.
struct ThumbnailRequest {
    qint64 assetId = 0;
    QString path;
    AssetKind kind = AssetKind::Other;
};

struct ThumbnailResult {
    QImage image;       // null when there is nothing better than the kind placeholder
    QString error;      // why rendering failed, when it did
};

constexpr int kThumbnailPixels = 256;   // rendered once at this size, scaled when painted smaller

// Runs on a worker thread.
ThumbnailResult renderThumbnail(const ThumbnailRequest &request);

} // namespace tagsmith
