#pragma once

#include "documentformat.h"
#include "extractedtext.h"
#include "extractionlimits.h"

namespace tagsmith {

// Plain text of a document file, whatever its format. Stateless and re-entrant: call it
// from any number of worker threads at once. Failures come back as a readable reason
// ("encrypted PDF: password required", "no text layer", "empty file (0 bytes)", ...).
class DocumentText {
public:
    // mime may be empty (the name and content decide). control carries progress, cancel
    // and the OCR hook; only PDF reports progress.
    static Result<ExtractedText> extract(const QString &path, const QString &mime = {},
                                         const ExtractionLimits &limits = {},
                                         const ExtractionControl &control = {});
    static bool isSupported(const QString &path, const QString &mime = {});
};

} // namespace tagsmith
