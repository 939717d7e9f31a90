#include "heifimage.h"

#include <QFile>

#include <libheif/heif.h>

#include <memory>
#include <mutex>

namespace tagsmith {

namespace {
struct ContextDeleter { void operator()(heif_context *c) const { heif_context_free(c); } };
struct HandleDeleter { void operator()(heif_image_handle *h) const { heif_image_handle_release(h); } };
struct ImageDeleter { void operator()(heif_image *i) const { heif_image_release(i); } };

QString heifError(const heif_error &error)
{
    return QString::fromUtf8(error.message ? error.message : "unknown error");
}

struct OpenedHeif {
    std::unique_ptr<heif_context, ContextDeleter> context;
    std::unique_ptr<heif_image_handle, HandleDeleter> handle;
};
} // namespace

static Result<OpenedHeif> openPrimary(const QString &path, qint64 maxPixels)
{
    // Registers the decoder plugins once, before any thread races to do it implicitly.
    static std::once_flag once;
    std::call_once(once, [] { heif_init(nullptr); });
    OpenedHeif opened;
    opened.context.reset(heif_context_alloc());
    // libheif refuses images wider or taller than this before allocating.
    heif_context_set_maximum_image_size_limit(opened.context.get(), int(qMin<qint64>(maxPixels, 1 << 30)));
    heif_error error = heif_context_read_from_file(opened.context.get(), QFile::encodeName(path).constData(), nullptr);
    if (error.code != heif_error_Ok)
        return Error{HeifImage::tr("corrupt HEIF/AVIF file: %1").arg(heifError(error))};
    heif_image_handle *handle = nullptr;
    error = heif_context_get_primary_image_handle(opened.context.get(), &handle);
    if (error.code != heif_error_Ok)
        return Error{HeifImage::tr("corrupt HEIF/AVIF file: %1").arg(heifError(error))};
    opened.handle.reset(handle);
    const qint64 pixels = qint64(heif_image_handle_get_width(handle)) * heif_image_handle_get_height(handle);
    if (pixels > maxPixels)
        return Error{HeifImage::tr("HEIF/AVIF header claims %1×%2 pixels, over the %3-megapixel limit")
                         .arg(heif_image_handle_get_width(handle)).arg(heif_image_handle_get_height(handle))
                         .arg(maxPixels / 1'000'000)};
    if (pixels <= 0)
        return Error{HeifImage::tr("corrupt HEIF/AVIF file: the image has no size")};
    return opened;
}

Result<QSize> HeifImage::size(const QString &path, qint64 maxPixels)
{
    const Result<OpenedHeif> opened = openPrimary(path, maxPixels);
    if (!opened)
        return Error{opened.error()};
    return QSize(heif_image_handle_get_width(opened->handle.get()), heif_image_handle_get_height(opened->handle.get()));
}

bool HeifImage::handles(const QString &mime)
{
    return mime == QLatin1String("image/heif") || mime == QLatin1String("image/avif")
        || mime == QLatin1String("image/heic") || mime.startsWith(QLatin1String("image/heif-"))
        || mime.startsWith(QLatin1String("image/avif-"));
}

Result<QImage> HeifImage::decode(const QString &path, qint64 maxPixels)
{
    const Result<OpenedHeif> opened = openPrimary(path, maxPixels);
    if (!opened)
        return Error{opened.error()};
    heif_image *raw = nullptr;
    const heif_error error = heif_decode_image(opened->handle.get(), &raw, heif_colorspace_RGB,
                                               heif_chroma_interleaved_RGBA, nullptr);
    if (error.code != heif_error_Ok)
        return Error{tr("cannot decode the HEIF/AVIF image: %1").arg(heifError(error))};
    const std::unique_ptr<heif_image, ImageDeleter> image(raw);
    int stride = 0;
    const uint8_t *pixels = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (!pixels || width <= 0 || height <= 0)
        return Error{tr("cannot decode the HEIF/AVIF image: no pixel data")};
    // Wraps libheif's buffer; copy() detaches before the heif_image is released.
    return QImage(pixels, width, height, stride, QImage::Format_RGBA8888).copy();
}

} // namespace tagsmith
