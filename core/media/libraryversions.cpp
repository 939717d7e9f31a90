#include "libraryversions.h"

#include <exiv2/exiv2.hpp>
#include <poppler-version.h>

extern "C" {
#include <libavutil/avutil.h>
}

namespace tagsmith {

QString LibraryVersions::ffmpeg()
{
    return QString::fromUtf8(av_version_info());
}

QString LibraryVersions::poppler()
{
    return Poppler::Version::string();
}

QString LibraryVersions::exiv2()
{
    return QString::fromStdString(Exiv2::versionString());
}

} // namespace tagsmith
