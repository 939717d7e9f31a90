#pragma once

#include "mediainfo.h"
#include "mediaprober.h"

#include <QCoreApplication>

namespace tagsmith {

// The video half of MediaProber: libavformat under a deadline, then one decoded frame as proof.
class VideoProbe {
    Q_DECLARE_TR_FUNCTIONS(VideoProbe)
public:
    static void probe(const QString &path, const ProbeLimits &limits, MediaInfo &info);
};

} // namespace tagsmith
