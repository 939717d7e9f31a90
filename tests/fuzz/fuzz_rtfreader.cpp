// RtfReader::read: groups, control words, \'hh and \uN escapes, destinations skipped.
#include "text/rtfreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)tagsmith::RtfReader::read(bytes, 64 * 1024);
    return 0;
}
