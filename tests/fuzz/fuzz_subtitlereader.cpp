// SubtitleReader: SRT and WebVTT cues, timestamps and markup.
#include "text/subtitlereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    tagsmith::SubtitleReader::read(bytes, QStringLiteral("SRT"));
    tagsmith::SubtitleReader::read(bytes, QStringLiteral("VTT"));
    return 0;
}
