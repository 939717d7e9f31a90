// CsvMetadata::parse: the metadata import file (header, rows, tag paths).
#include "metadata/csvmetadata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)tagsmith::CsvMetadata::parse(bytes);
    return 0;
}
