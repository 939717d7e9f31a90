#include "videoframereader.h"

#include "avdecoder.h"
#include "filecheck.h"

#include <QTransform>

#include <cmath>

extern "C" {
#include <libavformat/avformat.h>
}

namespace tagsmith {
namespace {

struct FrameDeleter {
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;

double frameSeconds(const AVStream *stream, const AVFrame *frame)
{
    const qint64 pts = frame->best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE)
        return -1.0;
    const qint64 start = stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
    return double(pts - start) * av_q2d(stream->time_base);
}

} // namespace

VideoFrameReader::~VideoFrameReader() = default;

Result<std::unique_ptr<VideoFrameReader>> VideoFrameReader::open(const QString &path, const ProbeLimits &limits)
{
    if (const QString problem = FileCheck::problem(path); !problem.isEmpty())
        return Error{problem};
    auto input = AvInput::open(path, std::chrono::milliseconds(limits.timeoutMs));
    if (!input)
        return Error{tr("cannot open the video: %1").arg(input.error())};
    std::unique_ptr<VideoFrameReader> reader(new VideoFrameReader);
    reader->m_input = input.value();
    reader->m_stream = reader->m_input->videoStreamIndex();
    if (reader->m_stream < 0)
        return Error{tr("no video stream (audio only)")};
    const AVStream *stream = reader->m_input->context()->streams[reader->m_stream];
    const AVCodecParameters *parameters = stream->codecpar;
    if (qint64(parameters->width) * parameters->height > limits.maxPixels)
        return Error{tr("video frames of %1×%2 pixels are over the %3-megapixel limit")
                         .arg(parameters->width).arg(parameters->height).arg(limits.maxPixels / 1'000'000)};
    auto decoder = AvDecoder::open(reader->m_input, reader->m_stream);
    if (!decoder)
        return Error{decoder.error()};
    reader->m_decoder = decoder.value();
    reader->m_rotation = reader->m_input->rotation(reader->m_stream);
    reader->m_duration = qMax(0.0, reader->m_input->durationSeconds());
    if (stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0)
        reader->m_frameRate = av_q2d(stream->avg_frame_rate);
    return reader;
}

bool VideoFrameReader::expired() const
{
    return m_input->expired();
}

Result<VideoFrame> VideoFrameReader::frameAt(double seconds, int minimumShortSide, bool seek)
{
    if (seek && !m_decoder->seek(seconds))
        return Error{tr("cannot seek to %1 s").arg(seconds, 0, 'f', 1)};
    const Result<const AVFrame *> first = m_decoder->nextFrame();
    if (!first)
        return Error{first.error()};
    const AVStream *stream = m_input->context()->streams[m_stream];
    // A failed decode call clears the decoder's frame, so keep our own reference to the last good one.
    const FramePtr kept(av_frame_clone(first.value()));
    if (!kept)
        return Error{tr("out of memory for a video frame")};
    for (int skipped = 0; skipped < MaxForwardFrames && !m_input->expired(); ++skipped) {
        const double t = frameSeconds(stream, kept.get());
        if (t < 0 || t + 1e-3 >= seconds)
            break;
        const Result<const AVFrame *> next = m_decoder->nextFrame();
        if (!next)
            break;
        av_frame_unref(kept.get());
        av_frame_ref(kept.get(), next.value());
    }
    return upright(kept.get(), minimumShortSide);
}

Result<VideoFrame> VideoFrameReader::keyframeAt(double seconds, int minimumShortSide)
{
    if (!m_decoder->seek(seconds))
        return Error{tr("cannot seek to %1 s").arg(seconds, 0, 'f', 1)};
    const Result<const AVFrame *> frame = m_decoder->nextFrame();
    if (!frame)
        return Error{frame.error()};
    return upright(frame.value(), minimumShortSide);
}

Result<VideoFrame> VideoFrameReader::nextFrame(int minimumShortSide)
{
    const Result<const AVFrame *> next = m_decoder->nextFrame();
    if (!next)
        return Error{next.error()};
    return upright(next.value(), minimumShortSide);
}

Result<VideoFrame> VideoFrameReader::upright(const AVFrame *decoded, int minimumShortSide) const
{
    VideoFrame frame;
    frame.seconds = frameSeconds(m_input->context()->streams[m_stream], decoded);
    frame.image = AvDecoder::toImage(decoded, minimumShortSide);
    if (m_rotation != 0 && !frame.image.isNull())
        frame.image = frame.image.transformed(QTransform().rotate(m_rotation));
    if (frame.image.isNull())
        return Error{tr("a video frame cannot be converted to an image")};
    return frame;
}

VideoFrameReader::Sampled VideoFrameReader::sampleEvenly(int count, int minimumShortSide,
                                                         const std::function<bool(VideoFrame &&)> &sink)
{
    Sampled sampled;
    double lastTime = -1.0;
    for (int i = 0; i < count && !expired(); ++i) {
        Result<VideoFrame> frame = Error{};
        if (m_duration > 0) {
            const double target = m_duration * (i + 0.5) / count;
            const bool near = lastTime >= 0 && target > lastTime && (target - lastTime) * m_frameRate < MaxForwardFrames / 2;
            frame = frameAt(target, minimumShortSide, !near);
        } else {
            // Unknown duration (some raw streams): take frames in order instead of seeking.
            frame = nextFrame(minimumShortSide);
            if (!frame) {
                sampled.lastError = frame.error();
                break;
            }
        }
        if (!frame) {
            sampled.lastError = frame.error();
            continue;
        }
        const double t = frame.value().seconds;
        if (t >= 0 && std::abs(t - lastTime) < 1e-6)
            continue; // a short clip: this sample landed on the frame we already have
        lastTime = t;
        ++sampled.frames;
        if (!sink(std::move(frame.value()))) {
            sampled.stopped = true;
            break;
        }
    }
    return sampled;
}

} // namespace tagsmith
