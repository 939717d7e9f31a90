#include "pptxreader.h"

#include "officepart.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace tagsmith {

Result<ExtractedText> PptxReader::read(const QString &path, const ExtractionLimits &limits)
{
    const Result<ZipArchive> archive = OfficePart::openContainer(path, QStringLiteral("PPTX"), limits);
    if (!archive.ok())
        return Error{archive.error()};
    // Entry order in the ZIP is arbitrary; slide numbers give the reading order.
    static const QRegularExpression slideName(QStringLiteral("^ppt/slides/slide(\\d+)\\.xml$"));
    std::map<int, const ZipArchive::Entry *> slides;
    for (const ZipArchive::Entry &entry : archive->entries()) {
        const QRegularExpressionMatch match = slideName.match(entry.name);
        if (match.hasMatch())
            slides[match.captured(1).toInt()] = &entry;
    }
    if (slides.empty())
        return Error{QCoreApplication::translate("PptxReader", "corrupt PPTX: no slides found")};

    static const XmlTextRules rules{
        {QStringLiteral("a:t")},
        {QStringLiteral("a:p")},
        {QStringLiteral("a:br")},
        {},
        {},
        {},
    };
    ExtractedText result;
    result.format = QStringLiteral("PPTX");
    result.encoding = QStringLiteral("UTF-8");
    result.pageCount = int(slides.size());
    for (const auto &[number, entry] : slides) {
        const Status status = OfficePart::appendText(*archive, *entry, rules, limits, result);
        if (!status.ok())
            return Error{status.error()};
        if (result.truncated)
            break;
        result.text.append(QLatin1Char('\n'));
    }
    return result;
}

} // namespace tagsmith
