#include "previewrenderer.h"

#include "media/imagedecoder.h"
#include "media/pdfprobe.h"
#include "media/videoframes.h"

#include <QCoreApplication>
#include <QPainter>

#include <poppler-qt6.h>

#include <memory>

namespace tagsmith {
namespace {

constexpr int kPdfPages = 3;        // the preview shows the first pages side by side
constexpr int kPageGap = 16;

QString tr(const char *text) { return QCoreApplication::translate("tagsmith", text); }

PreviewResult renderPdfPages(const QString &path, const QSize &bounds)
{
    PdfProbe::silencePopplerOnce();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return {{}, tr("corrupt PDF: Poppler cannot open it")};
    if (document->isLocked())
        return {{}, tr("encrypted PDF: password required")};
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const int count = std::min(kPdfPages, document->numPages());
    QList<QImage> pages;
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page || page->pageSizeF().isEmpty())
            continue;
        const QSizeF points = page->pageSizeF();
        // Every page as tall as the preview, and all of them together no wider than it.
        const double byHeight = bounds.height() / points.height();
        const double byWidth = (bounds.width() - kPageGap * (count - 1)) / (count * points.width());
        const double dpi = 72.0 * std::min(byHeight, byWidth);
        QImage image = page->renderToImage(dpi, dpi);
        if (!image.isNull())
            pages << image;
    }
    if (pages.isEmpty())
        return {{}, tr("corrupt PDF: no page can be rendered")};
    int width = kPageGap * int(pages.size() - 1);
    int height = 0;
    for (const QImage &page : std::as_const(pages)) {
        width += page.width();
        height = std::max(height, page.height());
    }
    QImage sheet(width, height, QImage::Format_ARGB32_Premultiplied);
    sheet.fill(Qt::transparent);
    QPainter painter(&sheet);
    int x = 0;
    for (const QImage &page : std::as_const(pages)) {
        painter.fillRect(QRect(QPoint(x, 0), page.size()), Qt::white);
        painter.drawImage(x, 0, page);
        x += page.width() + kPageGap;
    }
    return {sheet, {}};
}

} // namespace

PreviewResult renderPreview(const AssetSummary &asset, const QSize &bounds)
{
    if (asset.status == AssetStatus::Failed)
        return {{}, asset.error};
    Result<QImage> image = Error{};
    if (asset.kind == AssetKind::Image) {
        // Reduced decode: covering a square of three quarters of the short side is sharp on screen.
        const int side = std::min(bounds.width(), bounds.height()) * 3 / 4;
        image = ImageDecoder::decode(asset.path, QSize(side, side));
    } else if (asset.kind == AssetKind::Video) {
        image = VideoFrames().representativeFrame(asset.path, std::min(bounds.width(), bounds.height()) / 2);
    } else if (asset.mime == QLatin1String("application/pdf")) {
        return renderPdfPages(asset.path, bounds);
    } else {
        return {{}, tr("No preview for this kind of file; use Open Externally.")};
    }
    if (!image)
        return {{}, image.error(), -1};
    return {std::move(image).value(), {}, -1};
}

PreviewResult renderVideoFrame(const QString &path, double seconds, const QSize &bounds)
{
    // Scrubbing asks for many frames: each gets its own short deadline, not the import's.
    ProbeLimits limits;
    limits.timeoutMs = 5'000;
    Result<VideoFrame> frame = VideoFrames(limits).frameAt(path, seconds, bounds);
    if (!frame)
        return {{}, frame.error(), -1};
    return {std::move(frame.value().image), {}, frame.value().seconds};
}

} // namespace tagsmith
