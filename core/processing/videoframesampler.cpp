#include "videoframesampler.h"

#include "media/videoframereader.h"

#include <opencv2/imgproc.hpp>

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
    const VideoFrameReader::Sampled sampled = video.sampleEvenly(count, minimumShortSide, [&](VideoFrame &&frame) {
        return sink(TimedFrame{qMax(0.0, frame.seconds), std::move(frame.image)});
    });
    outcome.frames = sampled.frames;
    outcome.stopped = sampled.stopped;
    const QString &lastError = sampled.lastError;
    if (outcome.frames == 0 && !outcome.stopped) {
        if (video.expired())
            return Error{tr("no frame decoded within %1 s").arg(m_limits.timeoutMs / 1000)};
        return Error{lastError.isEmpty() ? tr("no frame could be decoded") : lastError};
    }
    return outcome;
}

} // namespace tagsmith
