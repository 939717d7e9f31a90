#pragma once

#include "mediaprober.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>

#include <functional>
#include <memory>

struct AVFrame;

namespace tagsmith {

class AvDecoder;
class AvInput;

// A decoded frame and where it sits in the video.
struct VideoFrame {
    double seconds = 0.0;   // presentation time from the start of the stream; -1 when unknown
    QImage image;           // upright (display rotation applied), reduced in size
};

// One opened video stream, read by time: the seeking, the bounded decode forward to the wanted
// time and the rotation that every frame reader needs. All calls share the deadline of
// limits.timeoutMs from open(). Not thread-safe: one reader per thread.
class VideoFrameReader {
    Q_DECLARE_TR_FUNCTIONS(VideoFrameReader)
public:
    // Fails with a human-readable reason: unreadable file, no video stream, frames over the pixel limit.
    static Result<std::unique_ptr<VideoFrameReader>> open(const QString &path, const ProbeLimits &limits);
    ~VideoFrameReader();
    VideoFrameReader(const VideoFrameReader &) = delete;
    VideoFrameReader &operator=(const VideoFrameReader &) = delete;

    double duration() const { return m_duration; }   // 0 when the container does not say
    double frameRate() const { return m_frameRate; }
    bool expired() const;

    // The first frame at or after `seconds` (the last one decoded when the stream ends first).
    // With `seek` the decoder jumps to the keyframe before the target; without, it decodes on
    // from where it is, which is cheaper when the target is only a little ahead.
    Result<VideoFrame> frameAt(double seconds, int minimumShortSide, bool seek = true);
    // The keyframe at or before `seconds`, without decoding forward: cheap, for thumbnails.
    Result<VideoFrame> keyframeAt(double seconds, int minimumShortSide);
    // The next frame in decoding order (for streams of unknown duration).
    Result<VideoFrame> nextFrame(int minimumShortSide);

    // `count` distinct frames spaced evenly over the video (each from the middle of its slice),
    // handed to `sink` in time order until it returns false; a stream of unknown duration gives
    // its first frames. Nearby samples decode forward instead of seeking.
    struct Sampled {
        int frames = 0;        // handed to the sink
        bool stopped = false;  // the sink said stop
        QString lastError;     // why the last missing sample was missing
    };
    Sampled sampleEvenly(int count, int minimumShortSide, const std::function<bool(VideoFrame &&)> &sink);

    // Frames decoded past a seek's keyframe before giving up on reaching the target time.
    static constexpr int MaxForwardFrames = 300;

private:
    VideoFrameReader() = default;
    Result<VideoFrame> upright(const AVFrame *frame, int minimumShortSide) const;

    std::shared_ptr<AvInput> m_input;
    std::shared_ptr<AvDecoder> m_decoder;
    int m_stream = -1;
    int m_rotation = 0;
    double m_duration = 0.0;
    double m_frameRate = 30.0;
};

} // namespace tagsmith
