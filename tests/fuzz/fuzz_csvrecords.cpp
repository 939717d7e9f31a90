// CsvRecords: parse, and the round trip the catalog export relies on — every well-formed
// record joined again parses back to the same fields.
#include "metadata/csvrecords.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const tagsmith::CsvRecord &record : tagsmith::CsvRecords::parse(text)) {
        if (!record.error.isEmpty() || record.blank)
            continue;
        const QString line = tagsmith::CsvRecords::join(record.fields);
        const QList<tagsmith::CsvRecord> again = tagsmith::CsvRecords::parse(line);
        if (again.size() != 1 || again.first().fields != record.fields || again.first().blank) {
            std::fprintf(stderr, "CsvRecords round trip changed the record of line %d: %s\n",
                         record.line, qPrintable(line));
            std::abort();
        }
    }
    return 0;
}
