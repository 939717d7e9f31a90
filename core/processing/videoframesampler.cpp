#include "videoframesampler.h"

#include "media/videoframereader.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace tagsmith {

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
    auto opened = VideoFrameReader::open(path, m_limits);
    if (!opened)
        return Error{opened.error()};
    VideoFrameReader &video = *opened.value();

    Outcome outcome;
    outcome.duration = video.duration();
    double lastTime = -1.0;
    QString lastError;
    for (int i = 0; i < count && !video.expired(); ++i) {
        Result<VideoFrame> frame = Error{};
        if (outcome.duration > 0) {
            const double target = outcome.duration * (i + 0.5) / count;
            const bool near = lastTime >= 0 && target > lastTime
                              && (target - lastTime) * video.frameRate() < VideoFrameReader::MaxForwardFrames / 2;
            frame = video.frameAt(target, minimumShortSide, !near);
        } else {
            // Unknown duration (some raw streams): take frames in order instead of seeking.
            frame = video.nextFrame(minimumShortSide);
            if (!frame) {
                lastError = frame.error();
                break;
            }
        }
        if (!frame) {
            lastError = frame.error();
            continue;
        }
        const double t = frame.value().seconds;
        if (t >= 0 && std::abs(t - lastTime) < 1e-6)
            continue; // a short clip: this sample landed on the frame we already have
        lastTime = t;
        ++outcome.frames;
        if (!sink(TimedFrame{qMax(0.0, t), std::move(frame.value().image)})) {
            outcome.stopped = true;
            break;
        }
    }
    if (outcome.frames == 0 && !outcome.stopped) {
        if (video.expired())
            return Error{tr("no frame decoded within %1 s").arg(m_limits.timeoutMs / 1000)};
        return Error{lastError.isEmpty() ? tr("no frame could be decoded") : lastError};
    }
    return outcome;
}

} // namespace tagsmith
