#include "previewrenderer.h"

#include <QCoreApplication>
#include <QImageReader>

namespace tagsmith {

PreviewResult renderPreview(const AssetSummary &asset, const QSize &bounds)
{
    if (asset.status == AssetStatus::Failed)
        return {{}, asset.error};
    if (asset.kind != AssetKind::Image)
        return {{}, QCoreApplication::translate("ui", "No preview for this kind of file yet.")};
    QImageReader reader(asset.path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid())
        return {{}, reader.errorString()};
    // The reader scales before applying the EXIF rotation, so fit the stored (unrotated) size.
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    const QSize box = turned ? bounds.transposed() : bounds;
    if (size.width() > box.width() || size.height() > box.height())
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {{}, reader.errorString()};
    return {image, {}};
}

} // namespace tagsmith
