#include "odfreader.h"

#include "officepart.h"

#include <QCoreApplication>

namespace tagsmith {

Result<ExtractedText> OdfReader::read(const QString &path, const QString &format,
                                      const ExtractionLimits &limits)
{
    const Result<ZipArchive> archive = OfficePart::openContainer(path, format, limits);
    if (!archive.ok())
        return Error{archive.error()};
    const ZipArchive::Entry *content = archive->find(QStringLiteral("content.xml"));
    if (!content)
        return Error{QCoreApplication::translate("OdfReader", "corrupt %1: content.xml missing").arg(format)};

    // Only the body: automatic styles and font declarations hold no document text.
    static const XmlTextRules rules{
        {QStringLiteral("office:body")},
        {QStringLiteral("text:p"), QStringLiteral("text:h")},
        {QStringLiteral("text:line-break")},
        {QStringLiteral("text:tab")},
        {QStringLiteral("text:s")},
        {QStringLiteral("office:annotation"), QStringLiteral("text:tracked-changes"),
         QStringLiteral("presentation:notes")},
    };
    ExtractedText result;
    result.format = format;
    result.encoding = QStringLiteral("UTF-8");
    int drawPages = 0;
    const Status status = OfficePart::appendText(*archive, *content, rules, limits, result,
                                                 QStringLiteral("draw:page"), &drawPages);
    if (!status.ok())
        return Error{status.error()};
    result.pageCount = drawPages > 0 ? drawPages
                                     : OfficePart::readIntElement(*archive, QStringLiteral("meta.xml"),
                                                                  u"document-statistic", u"meta:page-count");
    return result;
}

} // namespace tagsmith
