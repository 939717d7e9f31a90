#include "pdfprobe.h"

#include <poppler-qt6.h>

#include <mutex>

namespace tagsmith {

void PdfProbe::silencePopplerOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant()); });
}

void PdfProbe::probe(const QString &path, MediaInfo &info)
{
    silencePopplerOnce();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        info.error = tr("corrupt PDF: Poppler cannot open it");
        return;
    }
    if (document->isLocked()) {
        info.error = tr("encrypted PDF: password required");
        return;
    }
    info.pages = document->numPages();
    if (info.pages <= 0) {
        info.error = tr("corrupt PDF: no pages");
        return;
    }
    const std::unique_ptr<Poppler::Page> first = document->page(0);
    if (!first) {
        info.error = tr("corrupt PDF: the first page cannot be read");
        return;
    }
    // Page size in points (1/72 inch): the aspect a thumbnail will have.
    const QSize size = first->pageSize();
    info.width = size.width();
    info.height = size.height();
}

} // namespace tagsmith
