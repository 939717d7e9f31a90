#pragma once

#include <QByteArray>
#include <QString>

namespace tagsmith {

struct DecodedText {
    QString text;
    QString encoding;   // "UTF-8", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "windows-1252"
};

// Turns bytes of unknown encoding into text: BOM first, then UTF-16 without BOM (many NULs),
// then UTF-8 (mostly valid: the odd invalid byte becomes U+FFFD), else Latin-1.
// A declared charset (HTML meta, RTF \ansicpg) is honoured when no BOM says otherwise.
class TextDecoder {
public:
    static DecodedText decode(const QByteArray &bytes, const QString &declaredCharset = {});
    // Windows code page 1252 (a superset of Latin-1 for printable text), used by RTF and HTML.
    static QString fromWindows1252(QByteArrayView bytes);
};

} // namespace tagsmith
