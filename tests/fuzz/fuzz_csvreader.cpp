// CsvReader: encoding detection, delimiter sniffing and RFC 4180 records of a CSV document.
#include "text/csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    tagsmith::CsvReader::read(bytes);
    const QString text = QString::fromUtf8(bytes);
    tagsmith::CsvReader::parse(text, tagsmith::CsvReader::sniffDelimiter(text));
    return 0;
}
