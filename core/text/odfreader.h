#pragma once

#include "extractedtext.h"
#include "extractionlimits.h"

namespace tagsmith {

// OpenDocument text and presentations (.odt, .odp): content.xml, page/slide counts.
class OdfReader {
public:
    static Result<ExtractedText> read(const QString &path, const QString &format,
                                      const ExtractionLimits &limits);
};

} // namespace tagsmith
