#pragma once

#include "extractedtext.h"
#include "extractionlimits.h"

namespace tagsmith {

// Word 2007+ (.docx): the body text of word/document.xml.
class DocxReader {
public:
    static Result<ExtractedText> read(const QString &path, const ExtractionLimits &limits);
};

} // namespace tagsmith
