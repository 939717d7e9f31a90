#pragma once

#include <QByteArrayView>
#include <QString>

namespace tagsmith {

enum class DocumentFormat { Unknown, Pdf, Docx, Pptx, Odt, Odp, Doc, Ppt, Rtf, Html, Txt, Csv, Srt, Vtt };

// Content first (PDF, RTF, ZIP and OLE2 signatures), then MIME type, then extension.
// A PDF named .docx is a PDF; a ZIP or OLE2 file is told apart by its name or MIME type.
class DocumentFormats {
public:
    static DocumentFormat detect(const QString &path, const QString &mime, QByteArrayView header);
    static QString name(DocumentFormat format);
};

} // namespace tagsmith
