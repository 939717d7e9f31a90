#pragma once

#include "extractedtext.h"
#include "extractionlimits.h"

namespace tagsmith {

// PDF through Poppler-Qt6, page by page with progress and cancellation. Encrypted files
// fail without prompting; a PDF with no text on any page fails with "no text layer"
// unless ExtractionControl::ocrPage is set (the OCR hook).
class PdfReader {
public:
    static Result<ExtractedText> read(const QString &path, const ExtractionLimits &limits,
                                      const ExtractionControl &control);
};

} // namespace tagsmith
