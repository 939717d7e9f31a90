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

class Thumbnailer;

// Runs on a worker thread: the 256-px thumbnail from the disk cache or freshly rendered.
ThumbnailResult renderThumbnail(const Thumbnailer &thumbnailer, const ThumbnailRequest &request);

} // namespace tagsmith
