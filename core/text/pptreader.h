#pragma once

#include "extractedtext.h"
#include "extractionlimits.h"

namespace tagsmith {

// PowerPoint 97-2003 (.ppt): walks the record tree of the "PowerPoint Document" stream and
// keeps the text atoms (TextCharsAtom UTF-16, TextBytesAtom Latin-1) outside the masters.
// Our own reader because catppt (package catdoc) returns nothing for many real files.
class PptReader {
public:
    static Result<ExtractedText> read(const QString &path, const ExtractionLimits &limits);
};

} // namespace tagsmith
