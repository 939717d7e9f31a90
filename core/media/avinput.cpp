#include "avinput.h"

#include <QFile>

#include <cmath>
#include <mutex>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

namespace tagsmith {

namespace {
void quietFfmpegOnce()
{
    // Damaged files make FFmpeg log hundreds of lines; our reasons travel as error values instead.
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}
} // namespace

int AvInput::interrupt(void *opaque)
{
    return static_cast<AvInput *>(opaque)->expired() ? 1 : 0;
}

QString AvInput::errorText(int averror)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

Result<std::shared_ptr<AvInput>> AvInput::open(const QString &path, std::chrono::milliseconds timeout)
{
    quietFfmpegOnce();
    std::shared_ptr<AvInput> input(new AvInput);
    input->m_deadline = std::chrono::steady_clock::now() + timeout;
    AVFormatContext *context = avformat_alloc_context();
    if (!context)
        return Error{tr("out of memory opening the video")};
    context->interrupt_callback = {&AvInput::interrupt, input.get()};
    int rc = avformat_open_input(&context, QFile::encodeName(path).constData(), nullptr, nullptr);
    if (rc < 0) // avformat_open_input frees the context on failure
        return Error{input->expired() ? tr("timed out opening the file") : errorText(rc)};
    input->m_context = context;
    rc = avformat_find_stream_info(context, nullptr);
    if (rc < 0)
        return Error{input->expired() ? tr("timed out reading the stream headers") : errorText(rc)};
    return input;
}

AvInput::~AvInput()
{
    if (m_context)
        avformat_close_input(&m_context);
}

int AvInput::videoStreamIndex() const
{
    int best = -1;
    qint64 bestPixels = -1;
    for (unsigned i = 0; i < m_context->nb_streams; ++i) {
        const AVStream *stream = m_context->streams[i];
        if (stream->codecpar->codec_type != AVMEDIA_TYPE_VIDEO
            || (stream->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue;
        const qint64 pixels = qint64(stream->codecpar->width) * stream->codecpar->height;
        if (pixels > bestPixels) {
            best = int(i);
            bestPixels = pixels;
        }
    }
    return best;
}

int AvInput::audioStreamIndex() const
{
    const int index = av_find_best_stream(m_context, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    return index >= 0 ? index : -1;
}

int AvInput::rotation(int streamIndex) const
{
    const AVStream *stream = m_context->streams[streamIndex];
    double degrees = 0.0;
    if (const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr)) {
        // av_display_rotation_get() is counter-clockwise; we store clockwise.
        degrees = -av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    } else if (const AVDictionaryEntry *tag = av_dict_get(stream->metadata, "rotate", nullptr, 0)) {
        degrees = QString::fromUtf8(tag->value).toDouble();
    }
    if (std::isnan(degrees))
        return 0;
    const int quarterTurns = int(std::lround(degrees / 90.0));
    return ((quarterTurns % 4) + 4) % 4 * 90;
}

double AvInput::durationSeconds() const
{
    if (m_context->duration != AV_NOPTS_VALUE && m_context->duration > 0)
        return double(m_context->duration) / AV_TIME_BASE;
    const int index = videoStreamIndex();
    if (index >= 0) {
        const AVStream *stream = m_context->streams[index];
        if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
            return double(stream->duration) * av_q2d(stream->time_base);
    }
    return 0.0;
}

} // namespace tagsmith
