#pragma once

#include "extractedtext.h"
#include "util/result.h"

#include <QByteArray>

namespace tagsmith {

// RTF: a small tokenizer that keeps the document text. Destinations that are not text
// (font/colour tables, stylesheets, pictures, objects, \* groups, field instructions) are
// skipped; \'xx is decoded in the document's ANSI code page (1252 assumed), \uN as Unicode.
class RtfReader {
public:
    static Result<ExtractedText> read(const QByteArray &bytes, qint64 maxCharacters);
};

} // namespace tagsmith
