#pragma once

#include "extractedtext.h"
#include "extractionlimits.h"

namespace tagsmith {

// PowerPoint 2007+ (.pptx): the text of ppt/slides/slideN.xml in slide order.
class PptxReader {
public:
    static Result<ExtractedText> read(const QString &path, const ExtractionLimits &limits);
};

} // namespace tagsmith
