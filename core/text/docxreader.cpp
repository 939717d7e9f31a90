#include "docxreader.h"

#include "officepart.h"

#include <QCoreApplication>

namespace tagsmith {

Result<ExtractedText> DocxReader::read(const QString &path, const ExtractionLimits &limits)
{
    const Result<ZipArchive> archive = OfficePart::openContainer(path, QStringLiteral("DOCX"), limits);
    if (!archive.ok())
        return Error{archive.error()};
    const ZipArchive::Entry *document = archive->find(QStringLiteral("word/document.xml"));
    if (!document)
        return Error{QCoreApplication::translate("DocxReader", "corrupt DOCX: word/document.xml missing")};

    static const XmlTextRules rules{
        {QStringLiteral("w:t")},
        {QStringLiteral("w:p")},
        {QStringLiteral("w:br"), QStringLiteral("w:cr")},
        {QStringLiteral("w:tab")},
        {},
        {QStringLiteral("w:instrText"), QStringLiteral("w:delText")},
    };
    ExtractedText result;
    result.format = QStringLiteral("DOCX");
    result.encoding = QStringLiteral("UTF-8");
    const Status status = OfficePart::appendText(*archive, *document, rules, limits, result);
    if (!status.ok())
        return Error{status.error()};
    result.pageCount = OfficePart::readIntElement(*archive, QStringLiteral("docProps/app.xml"), u"Pages");
    return result;
}

} // namespace tagsmith
