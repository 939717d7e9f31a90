#pragma once

#include "mediaprober.h"
#include "videoframereader.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace tagsmith {

// Frames of a video as upright images (display-matrix rotation applied), reduced in size,
// all under one deadline (limits.timeoutMs per call). Thread-safe: each call opens its own input.
class VideoFrames {
    Q_DECLARE_TR_FUNCTIONS(VideoFrames)
public:
    explicit VideoFrames(ProbeLimits limits = {});

    // A frame that shows the content, for thumbnails: black or blank frames (fade-ins, leaders)
    // are skipped in favour of a later one. Short side about `minimumShortSide` (0: full size).
    Result<QImage> representativeFrame(const QString &path, int minimumShortSide = 256) const;

    // Up to `count` frames spread evenly over the duration, for tagging. Samples that cannot be
    // decoded (truncated or damaged files) are left out, and a very short clip gives fewer
    // frames (never duplicates); an error only when no frame at all decodes.
    Result<QList<QImage>> sampleFrames(const QString &path, int count, int minimumShortSide = 256) const;

    // The frame shown at `seconds` (clamped to the duration), for scrubbing a preview: the image
    // fits within `bounds` (aspect kept, never enlarged), and its own time is returned with it.
    Result<VideoFrame> frameAt(const QString &path, double seconds, const QSize &bounds) const;

private:
    ProbeLimits m_limits;
};

} // namespace tagsmith
