#pragma once

#include "catalog/browsequeries.h"

#include <QImage>
#include <QSize>

namespace tagsmith {

struct PreviewResult {
    QImage image;
    QString error;
    double seconds = -1;   // a video frame's own time
};

// Runs on a worker thread: the asset drawn to fit `bounds`, decoded at reduced size.
PreviewResult renderPreview(const AssetSummary &asset, const QSize &bounds);

// Runs on a worker thread: the video's frame shown at `seconds`, fitted into `bounds`.
PreviewResult renderVideoFrame(const QString &path, double seconds, const QSize &bounds);

} // namespace tagsmith
