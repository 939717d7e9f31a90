#include "documenttext.h"

#include "csvreader.h"
#include "docreader.h"
#include "docxreader.h"
#include "htmlreader.h"
#include "odfreader.h"
#include "pdfreader.h"
#include "pptreader.h"
#include "pptxreader.h"
#include "rtfreader.h"
#include "subtitlereader.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tagsmith {

namespace {

Error textError(const char *text, const QString &arg = {})
{
    const QString message = QCoreApplication::translate("tagsmith::DocumentText", text);
    return Error{arg.isEmpty() ? message : message.arg(arg)};
}

// Formats read whole into memory; larger files are cut at the limit and marked truncated.
Result<ExtractedText> readInMemory(QFile &file, DocumentFormat format, const ExtractionLimits &limits)
{
    const QByteArray bytes = file.read(qMin(file.size(), limits.maxTextFileBytes));
    const bool cut = !file.atEnd();
    Result<ExtractedText> result = [&]() -> Result<ExtractedText> {
        switch (format) {
        case DocumentFormat::Rtf: return RtfReader::read(bytes, limits.maxCharacters);
        case DocumentFormat::Html: return HtmlReader::read(bytes);
        case DocumentFormat::Csv: return CsvReader::read(bytes);
        case DocumentFormat::Srt:
        case DocumentFormat::Vtt: return SubtitleReader::read(bytes, DocumentFormats::name(format));
        default: {
            const DecodedText decoded = TextDecoder::decode(bytes);
            ExtractedText text;
            text.format = QStringLiteral("TXT");
            text.encoding = decoded.encoding;
            text.text = decoded.text;
            text.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            return text;
        }
        }
    }();
    if (result.ok() && (cut || result->text.size() > limits.maxCharacters)) {
        result.value().text.truncate(limits.maxCharacters);
        result.value().truncated = true;
    }
    return result;
}

} // namespace

bool DocumentText::isSupported(const QString &path, const QString &mime)
{
    return DocumentFormats::detect(path, mime, {}) != DocumentFormat::Unknown;
}

Result<ExtractedText> DocumentText::extract(const QString &path, const QString &mime,
                                            const ExtractionLimits &limits, const ExtractionControl &control)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return textError("not a regular file");
    if (!file.open(QIODevice::ReadOnly))
        return textError("cannot open file: %1", file.errorString());
    const qint64 size = file.size();
    const DocumentFormat format = DocumentFormats::detect(path, mime, file.peek(1024));
    if (size == 0) {
        if (format == DocumentFormat::Txt) {
            ExtractedText empty;
            empty.format = QStringLiteral("TXT");
            empty.encoding = QStringLiteral("UTF-8");
            return empty;
        }
        return textError("empty file (0 bytes)");
    }
    if (size > limits.maxFileBytes)
        return textError("file too large (%1 MiB)", QString::number(size >> 20));

    switch (format) {
    case DocumentFormat::Pdf: return PdfReader::read(path, limits, control);
    case DocumentFormat::Docx: return DocxReader::read(path, limits);
    case DocumentFormat::Pptx: return PptxReader::read(path, limits);
    case DocumentFormat::Odt:
    case DocumentFormat::Odp: return OdfReader::read(path, DocumentFormats::name(format), limits);
    case DocumentFormat::Doc: return DocReader::read(path, limits);
    case DocumentFormat::Ppt: return PptReader::read(path, limits);
    case DocumentFormat::Unknown: return textError("unsupported document format");
    default: return readInMemory(file, format, limits);
    }
}

} // namespace tagsmith
