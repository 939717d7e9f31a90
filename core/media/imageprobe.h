#pragma once

#include "mediainfo.h"
#include "mediaprober.h"

#include <QCoreApplication>

namespace tagsmith {

// The image half of MediaProber: size with orientation applied, pixel limit before allocation,
// and a cheap verification decode (structure walk or reduced-size decode) per format.
class ImageProbe {
    Q_DECLARE_TR_FUNCTIONS(ImageProbe)
public:
    static void probe(const QString &path, const ProbeLimits &limits, MediaInfo &info);

private:
    static void probeWithQt(const QString &path, const ProbeLimits &limits, MediaInfo &info);
};

} // namespace tagsmith
