#include "videoprobe.h"

#include "avdecoder.h"
#include "isobmff.h"

extern "C" {
#include <libavformat/avformat.h>
}

namespace tagsmith {

namespace {
bool isIsoBmff(const QString &mime)
{
    return mime == QLatin1String("video/mp4") || mime == QLatin1String("video/quicktime")
        || mime == QLatin1String("video/3gpp") || mime == QLatin1String("video/3gpp2")
        || mime == QLatin1String("audio/mp4") || mime == QLatin1String("video/x-m4v");
}
// A container holding only sound is audio/…, so the MIME type agrees with the kind.
QString soundOnlyMime(const QString &mime)
{
    if (mime == QLatin1String("video/mp4") || mime == QLatin1String("video/quicktime"))
        return QStringLiteral("audio/mp4");
    if (mime == QLatin1String("video/webm"))
        return QStringLiteral("audio/webm");
    if (mime == QLatin1String("video/x-matroska") || mime == QLatin1String("application/x-matroska"))
        return QStringLiteral("audio/x-matroska");
    if (mime == QLatin1String("video/ogg"))
        return QStringLiteral("audio/ogg");
    return mime;
}
} // namespace

void VideoProbe::probe(const QString &path, const ProbeLimits &limits, MediaInfo &info)
{
    const auto input = AvInput::open(path, std::chrono::milliseconds(limits.timeoutMs));
    if (!input) {
        if (isIsoBmff(info.mime) && !IsoBmff::hasTopLevelBox(path, "moov"))
            info.error = tr("MP4 without an index (moov atom missing): the file is incomplete");
        else
            info.error = tr("corrupt video: %1").arg(input.error());
        return;
    }
    const AvInput &av = *input.value();
    info.durationSec = av.durationSeconds();
    const int audio = av.audioStreamIndex();
    if (audio >= 0)
        info.audioCodec = QString::fromUtf8(avcodec_get_name(av.context()->streams[audio]->codecpar->codec_id));

    const int video = av.videoStreamIndex();
    if (video < 0) {
        // Sound-only media is a valid file without pictures, not a broken video.
        info.kind = AssetKind::Other;
        info.mime = soundOnlyMime(info.mime);
        info.warning = audio >= 0 ? tr("no video stream (audio only)") : tr("no video or audio stream");
        if (audio < 0)
            info.error = info.warning;
        return;
    }
    const AVCodecParameters *parameters = av.context()->streams[video]->codecpar;
    info.kind = AssetKind::Video;
    info.codec = QString::fromUtf8(avcodec_get_name(parameters->codec_id));
    info.rotation = av.rotation(video);
    const bool swapped = info.rotation == 90 || info.rotation == 270;
    info.width = swapped ? parameters->height : parameters->width;
    info.height = swapped ? parameters->width : parameters->height;
    if (qint64(parameters->width) * parameters->height > limits.maxPixels) {
        info.error = tr("video frames of %1×%2 pixels are over the %3-megapixel limit")
                         .arg(parameters->width).arg(parameters->height).arg(limits.maxPixels / 1'000'000);
        return;
    }

    const auto decoder = AvDecoder::open(input.value(), video);
    if (!decoder) {
        info.error = tr("unsupported video: %1").arg(decoder.error());
        return;
    }
    const auto frame = decoder.value()->nextFrame();
    if (!frame) {
        info.error = tr("corrupt video: %1").arg(frame.error());
        return;
    }
    if (info.width <= 0 || info.height <= 0) {
        info.width = swapped ? frame.value()->height : frame.value()->width;
        info.height = swapped ? frame.value()->width : frame.value()->height;
    }
}

} // namespace tagsmith
