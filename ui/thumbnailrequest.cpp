#include "thumbnailrequest.h"

#include "media/thumbnailer.h"

namespace tagsmith {

ThumbnailResult renderThumbnail(const Thumbnailer &thumbnailer, const ThumbnailRequest &request)
{
    Result<QImage> image = thumbnailer.thumbnail(request.path);
    if (!image)
        return {{}, image.error()};
    return {std::move(image).value(), {}};
}

} // namespace tagsmith
