#pragma once

#include "mediainfo.h"

#include <QString>

namespace tagsmith {

struct ProbeLimits {
    qint64 maxPixels = 100'000'000;   // refuse images over 100 megapixels before allocating
    int timeoutMs = 10'000;           // per file, for demuxing and decoding
};

// Detects a file's type from its content and reads its basic properties.
// Never throws: a file that cannot be read comes back with MediaInfo::error set.
class MediaProber {
public:
    explicit MediaProber(ProbeLimits limits = {});
    MediaInfo probe(const QString &path) const;

private:
    ProbeLimits m_limits;
};

} // namespace tagsmith
