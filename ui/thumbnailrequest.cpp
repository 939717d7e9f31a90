#include "thumbnailrequest.h"

#include <QCoreApplication>
#include <QImageReader>

namespace tagsmith {

ThumbnailResult renderThumbnail(const ThumbnailRequest &request)
{
    if (request.kind != AssetKind::Image)
        return {};
    QImageReader reader(request.path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid())
        return {{}, reader.errorString()};
    // Reduced decode: JPEG scales in the DCT, so big photos never decode at full size.
    if (size.width() > kThumbnailPixels || size.height() > kThumbnailPixels)
        reader.setScaledSize(size.scaled(kThumbnailPixels, kThumbnailPixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {{}, reader.errorString()};
    return {image, {}};
}

} // namespace tagsmith
