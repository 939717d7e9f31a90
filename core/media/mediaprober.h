#pragma once

#include "mediainfo.h"

#include <QCoreApplication>
#include <QString>

namespace tagsmith {

struct ProbeLimits {
    qint64 maxPixels = 100'000'000;   // refuse images over 100 megapixels before allocating
    int timeoutMs = 10'000;           // per file, for demuxing and decoding
};

// Detects a file's type from its content and reads its basic properties.
// Never throws: a file that cannot be read comes back with MediaInfo::error set.
// Thread-safe and re-entrant: probe() may run on many worker threads at once.
class MediaProber {
    Q_DECLARE_TR_FUNCTIONS(MediaProber)
public:
    explicit MediaProber(ProbeLimits limits = {});
    MediaInfo probe(const QString &path) const;

private:
    ProbeLimits m_limits;
};

} // namespace tagsmith
