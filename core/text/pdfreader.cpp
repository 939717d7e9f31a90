#include "pdfreader.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

namespace tagsmith {

namespace {

constexpr double kOcrDpi = 150.0;

Error pdfError(const char *text)
{
    return Error{QCoreApplication::translate("tagsmith::PdfReader", text)};
}

} // namespace

Result<ExtractedText> PdfReader::read(const QString &path, const ExtractionLimits &limits,
                                      const ExtractionControl &control)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return pdfError("corrupt PDF: cannot be opened");
    if (document->isLocked())
        return pdfError("encrypted PDF: password required");

    ExtractedText result;
    result.format = QStringLiteral("PDF");
    result.encoding = QStringLiteral("UTF-16");
    result.pageCount = document->numPages();
    if (result.pageCount <= 0)
        return pdfError("corrupt PDF: no pages");
    const int pages = qMin(result.pageCount, limits.maxPages);
    result.truncated = pages < result.pageCount;
    bool anyText = false;
    for (int index = 0; index < pages; ++index) {
        if (control.cancelled())
            return pdfError("cancelled");
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            continue;
        QString pageText = page->text(QRectF());
        if (pageText.trimmed().isEmpty() && control.ocrPage) {
            const Result<QString> recognised = control.ocrPage(page->renderToImage(kOcrDpi, kOcrDpi));
            if (recognised.ok())
                pageText = *recognised;
        }
        anyText = anyText || !pageText.trimmed().isEmpty();
        result.text += pageText;
        result.text += QLatin1Char('\n');
        if (control.progress)
            control.progress(index + 1, result.pageCount);
        if (result.text.size() >= limits.maxCharacters) {
            result.text.truncate(limits.maxCharacters);
            result.truncated = true;
            break;
        }
    }
    if (!anyText)
        return pdfError("no text layer");
    return result;
}

} // namespace tagsmith
