#include "videoframesampler.h"

#include "media/avdecoder.h"
#include "media/filecheck.h"

#include <QTransform>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <memory>

extern "C" {
#include <libavformat/avformat.h>
}

namespace tagsmith {

namespace {
struct FrameDeleter {
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;

// Frames decoded past a seek's keyframe before giving up on reaching the target time.
constexpr int MaxForwardFrames = 300;

double frameSeconds(const AVStream *stream, const AVFrame *frame)
{
    const qint64 pts = frame->best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE)
        return -1.0;
    const qint64 start = stream->start_time == AV_NOPTS_VALUE ? 0 : stream->start_time;
    return double(pts - start) * av_q2d(stream->time_base);
}

// The first frame at or after `target`, bounded. With `seek` the decoder first jumps to the
// keyframe before the target; without, it decodes on from where it is, which is cheaper when
// the target is near (a seek would go back to the keyframe and decode the same frames again).
FramePtr frameAt(AvDecoder &decoder, const AVStream *stream, double target, bool seek, QString &error)
{
    if (seek && !decoder.seek(target))
        return {};
    const Result<const AVFrame *> first = decoder.nextFrame();
    if (!first) {
        error = first.error();
        return {};
    }
    // A failed decode call clears the decoder's frame, so keep our own reference to the last good one.
    FramePtr kept(av_frame_clone(first.value()));
    for (int skipped = 0; kept && skipped < MaxForwardFrames; ++skipped) {
        const double t = frameSeconds(stream, kept.get());
        if (t < 0 || t + 1e-3 >= target)
            break;
        const Result<const AVFrame *> next = decoder.nextFrame();
        if (!next)
            break;
        av_frame_unref(kept.get());
        av_frame_ref(kept.get(), next.value());
    }
    return kept;
}
} // namespace

cv::Mat TimedFrame::bgr() const
{
    QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat wrapped(rgb.height(), rgb.width(), CV_8UC3, rgb.bits(), size_t(rgb.bytesPerLine()));
    cv::Mat converted;
    cv::cvtColor(wrapped, converted, cv::COLOR_RGB2BGR);
    return converted;
}

Result<VideoFrameSampler::Outcome> VideoFrameSampler::sample(const QString &path, int count, int minimumShortSide,
                                                             const FrameSink &sink) const
{
    if (const QString problem = FileCheck::problem(path); !problem.isEmpty())
        return Error{problem};
    auto input = AvInput::open(path, std::chrono::milliseconds(m_limits.timeoutMs));
    if (!input)
        return Error{tr("cannot open the video: %1").arg(input.error())};
    const int streamIndex = input.value()->videoStreamIndex();
    if (streamIndex < 0)
        return Error{tr("no video stream (audio only)")};
    const AVStream *stream = input.value()->context()->streams[streamIndex];
    if (qint64(stream->codecpar->width) * stream->codecpar->height > m_limits.maxPixels)
        return Error{tr("video frames of %1×%2 pixels are over the %3-megapixel limit")
                         .arg(stream->codecpar->width).arg(stream->codecpar->height).arg(m_limits.maxPixels / 1'000'000)};
    auto decoder = AvDecoder::open(input.value(), streamIndex);
    if (!decoder)
        return Error{decoder.error()};
    const int rotation = input.value()->rotation(streamIndex);
    const double frameRate = stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0 ? av_q2d(stream->avg_frame_rate) : 30.0;

    Outcome outcome;
    outcome.duration = qMax(0.0, input.value()->durationSeconds());
    double lastTime = -1.0;
    QString lastError;
    for (int i = 0; i < count && !input.value()->expired(); ++i) {
        // Unknown duration (some raw streams): take frames in order instead of seeking.
        FramePtr frame;
        if (outcome.duration > 0) {
            const double target = outcome.duration * (i + 0.5) / count;
            const bool near = lastTime >= 0 && target > lastTime && (target - lastTime) * frameRate < MaxForwardFrames / 2;
            frame = frameAt(*decoder.value(), stream, target, !near, lastError);
        } else if (const Result<const AVFrame *> next = decoder.value()->nextFrame(); next) {
            frame.reset(av_frame_clone(next.value()));
        } else {
            lastError = next.error();
            break;
        }
        if (!frame)
            continue;
        const double t = frameSeconds(stream, frame.get());
        if (t >= 0 && std::abs(t - lastTime) < 1e-6)
            continue; // a short clip: this sample landed on the frame we already have
        lastTime = t;
        TimedFrame timed;
        timed.seconds = qMax(0.0, t);
        timed.image = AvDecoder::toImage(frame.get(), minimumShortSide);
        if (rotation != 0 && !timed.image.isNull())
            timed.image = timed.image.transformed(QTransform().rotate(rotation));
        if (timed.image.isNull())
            continue;
        ++outcome.frames;
        if (!sink(timed)) {
            outcome.stopped = true;
            break;
        }
    }
    if (outcome.frames == 0 && !outcome.stopped) {
        if (input.value()->expired())
            return Error{tr("no frame decoded within %1 s").arg(m_limits.timeoutMs / 1000)};
        return Error{lastError.isEmpty() ? tr("no frame could be decoded") : lastError};
    }
    return outcome;
}

} // namespace tagsmith
