#pragma once

#include "media/mediaprober.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <functional>

namespace tagsmith {

// A sampled frame and where it sits in the video.
struct TimedFrame {
    double seconds = 0.0;   // presentation time from the start of the stream
    QImage image;           // upright (display rotation applied), reduced in size

    // 8-bit BGR, as ml::Embedder::embed takes it.
    cv::Mat bgr() const;
};

// Time-spaced frames of a video for tagging, handed over one at a time so that memory stays
// at one decoded frame whatever the video's length, and the caller can stop between frames.
// Unlike VideoFrames::sampleFrames it reports each frame's timestamp, which time ranges need.
class VideoFrameSampler {
    Q_DECLARE_TR_FUNCTIONS(VideoFrameSampler)
public:
    // Return false to stop sampling (cancel).
    using FrameSink = std::function<bool(const TimedFrame &frame)>;

    struct Outcome {
        int frames = 0;          // frames handed to the sink
        double duration = 0.0;   // the container's duration, 0 when unknown
        bool stopped = false;    // the sink asked to stop
    };

    // limits.timeoutMs bounds the whole sampling, including the sink's own time.
    explicit VideoFrameSampler(ProbeLimits limits) : m_limits(limits) {}

    // Up to `count` frames at the middles of `count` equal spans of the duration. Samples
    // that do not decode (damaged or truncated files) are left out and a short clip gives
    // fewer frames (never the same frame twice); an error only when no frame decodes.
    Result<Outcome> sample(const QString &path, int count, int minimumShortSide, const FrameSink &sink) const;

private:
    ProbeLimits m_limits;
};

} // namespace tagsmith
