#pragma once

#include "catalog/browsequeries.h"

#include <QImage>
#include <QSize>

namespace tagsmith {

struct PreviewResult {
    QImage image;
    QString error;
};

// Runs on a worker thread: the asset drawn to fit `bounds`, decoded at reduced size.
PreviewResult renderPreview(const AssetSummary &asset, const QSize &bounds);

} // namespace tagsmith
