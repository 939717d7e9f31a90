// HtmlReader: the declared charset, tags, entities and skipped elements.
#include "text/htmlreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    tagsmith::HtmlReader::declaredCharset(bytes);
    tagsmith::HtmlReader::read(bytes);
    return 0;
}
