// ImageProbe::probe as MediaProber calls it: the MIME type detected from the content picks the
// structure walk (PNG, JPEG) before Qt's reader. HEIF and PSD go to libheif and FFmpeg, which
// are not ours; the PSD header has its own target.
#include "fuzzinput.h"
#include "media/imageprobe.h"
#include "media/mediainfo.h"
#include "media/mediaprober.h"

#include <QMimeDatabase>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    tagsmith::MediaInfo info;
    info.mime = QMimeDatabase().mimeTypeForData(bytes).name();
    if (!info.mime.startsWith(QLatin1String("image/")) || info.mime.contains(QLatin1String("heif"))
        || info.mime.contains(QLatin1String("heic")) || info.mime.contains(QLatin1String("avif"))
        || info.mime == QLatin1String("image/vnd.adobe.photoshop"))
        return 0;
    tagsmith::ProbeLimits limits;
    limits.maxPixels = 4'000'000; // keeps one run well under the fuzzer's timeout
    tagsmith::ImageProbe::probe(tagsmith::fuzz::inputFile(data, size, ".img"), limits, info);
    return 0;
}
