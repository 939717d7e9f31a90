#include "officepart.h"

#include <QCoreApplication>

namespace tagsmith {

Status OfficePart::appendText(const ZipArchive &archive, const ZipArchive::Entry &entry,
                              const XmlTextRules &rules, const ExtractionLimits &limits,
                              ExtractedText &result, const QString &elementToCount,
                              int *elementCount)
{
    XmlTextCollector collector(rules, result.text, limits.maxCharacters);
    if (!elementToCount.isEmpty())
        collector.countElement(elementToCount);
    const Status status = archive.read(entry, [&](QByteArrayView chunk) { return collector.feed(chunk); });
    if (!status.ok())
        return status;
    if (collector.broken())
        return Error{QCoreApplication::translate("OfficePart", "corrupt XML in %1").arg(entry.name)};
    if (collector.full())
        result.truncated = true;
    if (elementCount)
        *elementCount = collector.count(elementToCount);
    return success();
}

Result<ZipArchive> OfficePart::openContainer(const QString &path, const QString &format,
                                             const ExtractionLimits &limits)
{
    Result<ZipArchive> archive = ZipArchive::open(path, limits);
    if (!archive.ok())
        return Error{QCoreApplication::translate("OfficePart", "cannot read %1: %2").arg(format, archive.error())};
    return archive;
}

int OfficePart::readIntElement(const ZipArchive &archive, const QString &partName,
                               QStringView elementName, QStringView attributeName)
{
    const ZipArchive::Entry *entry = archive.find(partName);
    if (!entry)
        return -1;
    const Result<QByteArray> data = archive.readAll(*entry, 1024 * 1024);
    if (!data.ok())
        return -1;
    QXmlStreamReader reader(*data);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != elementName)
            continue;
        bool ok = false;
        const int value = attributeName.isEmpty() ? reader.readElementText().toInt(&ok)
                                                  : reader.attributes().value(attributeName.toString()).toInt(&ok);
        return ok ? value : -1;
    }
    return -1;
}

} // namespace tagsmith
