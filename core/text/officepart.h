#pragma once

#include "extractedtext.h"
#include "xmltextcollector.h"
#include "ziparchive.h"

namespace tagsmith {

// One XML part of an office ZIP container, streamed through an XmlTextCollector.
class OfficePart {
public:
    // Appends the part's text to result.text; sets result.truncated when the character
    // limit stopped it. elementToCount (optional) is counted into *elementCount.
    static Status appendText(const ZipArchive &archive, const ZipArchive::Entry &entry,
                             const XmlTextRules &rules, const ExtractionLimits &limits,
                             ExtractedText &result, const QString &elementToCount = {},
                             int *elementCount = nullptr);
    // Opens the container, translating ZIP failures into "corrupt <FORMAT>: ..." messages.
    static Result<ZipArchive> openContainer(const QString &path, const QString &format,
                                            const ExtractionLimits &limits);
    // A value from a small metadata part, e.g. <Pages> in docProps/app.xml; -1 if absent.
    static int readIntElement(const ZipArchive &archive, const QString &partName,
                              QStringView elementName, QStringView attributeName = {});
};

} // namespace tagsmith
