#include "documentformat.h"

#include <QFileInfo>
#include <QHash>

namespace tagsmith {

namespace {

DocumentFormat fromMime(const QString &mime)
{
    static const QHash<QString, DocumentFormat> table{
        {QStringLiteral("application/pdf"), DocumentFormat::Pdf},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), DocumentFormat::Docx},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"), DocumentFormat::Pptx},
        {QStringLiteral("application/vnd.oasis.opendocument.text"), DocumentFormat::Odt},
        {QStringLiteral("application/vnd.oasis.opendocument.presentation"), DocumentFormat::Odp},
        {QStringLiteral("application/msword"), DocumentFormat::Doc},
        {QStringLiteral("application/vnd.ms-powerpoint"), DocumentFormat::Ppt},
        {QStringLiteral("application/rtf"), DocumentFormat::Rtf},
        {QStringLiteral("text/rtf"), DocumentFormat::Rtf},
        {QStringLiteral("text/html"), DocumentFormat::Html},
        {QStringLiteral("application/xhtml+xml"), DocumentFormat::Html},
        {QStringLiteral("text/plain"), DocumentFormat::Txt},
        {QStringLiteral("text/csv"), DocumentFormat::Csv},
        {QStringLiteral("text/tab-separated-values"), DocumentFormat::Csv},
        {QStringLiteral("application/x-subrip"), DocumentFormat::Srt},
        {QStringLiteral("text/vtt"), DocumentFormat::Vtt},
    };
    return table.value(mime, DocumentFormat::Unknown);
}

DocumentFormat fromSuffix(const QString &path)
{
    static const QHash<QString, DocumentFormat> table{
        {QStringLiteral("pdf"), DocumentFormat::Pdf}, {QStringLiteral("docx"), DocumentFormat::Docx},
        {QStringLiteral("pptx"), DocumentFormat::Pptx}, {QStringLiteral("odt"), DocumentFormat::Odt},
        {QStringLiteral("odp"), DocumentFormat::Odp}, {QStringLiteral("doc"), DocumentFormat::Doc},
        {QStringLiteral("ppt"), DocumentFormat::Ppt}, {QStringLiteral("rtf"), DocumentFormat::Rtf},
        {QStringLiteral("html"), DocumentFormat::Html}, {QStringLiteral("htm"), DocumentFormat::Html},
        {QStringLiteral("xhtml"), DocumentFormat::Html}, {QStringLiteral("txt"), DocumentFormat::Txt},
        {QStringLiteral("text"), DocumentFormat::Txt}, {QStringLiteral("md"), DocumentFormat::Txt},
        {QStringLiteral("csv"), DocumentFormat::Csv}, {QStringLiteral("tsv"), DocumentFormat::Csv},
        {QStringLiteral("srt"), DocumentFormat::Srt}, {QStringLiteral("vtt"), DocumentFormat::Vtt},
    };
    return table.value(QFileInfo(path).suffix().toLower(), DocumentFormat::Unknown);
}

} // namespace

DocumentFormat DocumentFormats::detect(const QString &path, const QString &mime, QByteArrayView header)
{
    DocumentFormat declared = fromMime(mime);
    if (declared == DocumentFormat::Unknown)
        declared = fromSuffix(path);
    if (header.first(qMin<qsizetype>(header.size(), 1024)).indexOf(QByteArrayView("%PDF-")) >= 0)
        return DocumentFormat::Pdf;
    if (header.startsWith(QByteArrayView("{\\rtf")))
        return DocumentFormat::Rtf;
    // ZIP and OLE2 containers hold several document types: their name or MIME type decides.
    return declared;
}

QString DocumentFormats::name(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf: return QStringLiteral("PDF");
    case DocumentFormat::Docx: return QStringLiteral("DOCX");
    case DocumentFormat::Pptx: return QStringLiteral("PPTX");
    case DocumentFormat::Odt: return QStringLiteral("ODT");
    case DocumentFormat::Odp: return QStringLiteral("ODP");
    case DocumentFormat::Doc: return QStringLiteral("DOC");
    case DocumentFormat::Ppt: return QStringLiteral("PPT");
    case DocumentFormat::Rtf: return QStringLiteral("RTF");
    case DocumentFormat::Html: return QStringLiteral("HTML");
    case DocumentFormat::Txt: return QStringLiteral("TXT");
    case DocumentFormat::Csv: return QStringLiteral("CSV");
    case DocumentFormat::Srt: return QStringLiteral("SRT");
    case DocumentFormat::Vtt: return QStringLiteral("VTT");
    case DocumentFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

} // namespace tagsmith
