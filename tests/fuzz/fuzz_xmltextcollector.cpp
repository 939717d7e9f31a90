// XmlTextCollector with the rules of an office part, fed in chunks as ZipArchive streams them
// (the first byte picks the chunk size, so element boundaries fall anywhere).
#include "text/xmltextcollector.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t chunk = 1 + data[0];
    tagsmith::XmlTextRules rules;
    rules.textElements = {QStringLiteral("w:t"), QStringLiteral("a:t"), QStringLiteral("text:p")};
    rules.paragraphElements = {QStringLiteral("w:p"), QStringLiteral("a:p"), QStringLiteral("text:p")};
    rules.breakElements = {QStringLiteral("w:br"), QStringLiteral("text:line-break")};
    rules.tabElements = {QStringLiteral("w:tab"), QStringLiteral("text:tab")};
    rules.spaceElements = {QStringLiteral("text:s")};
    rules.skippedElements = {QStringLiteral("office:annotation")};
    QString output;
    tagsmith::XmlTextCollector collector(rules, output, 64 * 1024);
    collector.countElement(QStringLiteral("w:p"));
    for (size_t pos = 1; pos < size; pos += chunk) {
        const auto view = QByteArrayView(reinterpret_cast<const char *>(data) + pos, qsizetype(std::min(chunk, size - pos)));
        if (!collector.feed(view))
            break;
    }
    collector.count(QStringLiteral("w:p"));
    return 0;
}
