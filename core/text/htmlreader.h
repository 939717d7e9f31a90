#pragma once

#include "extractedtext.h"

#include <QByteArray>

namespace tagsmith {

// HTML: visible text only. Scripts, styles, comments and markup are dropped, entities
// decoded, block elements become line breaks; the BOM or <meta charset> picks the encoding.
class HtmlReader {
public:
    static ExtractedText read(const QByteArray &bytes);
    static QString declaredCharset(const QByteArray &bytes);
};

} // namespace tagsmith
