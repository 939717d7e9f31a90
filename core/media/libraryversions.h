#pragma once

#include <QString>

namespace tagsmith {

// Versions of the decoding libraries this build runs, for Help > About and bug reports; the
// libraries are private to tagsmith_media, so their headers are read here.
class LibraryVersions {
public:
    static QString ffmpeg();    // libavutil's version string ("5.1.6-0+deb12u1")
    static QString poppler();
    static QString exiv2();
};

} // namespace tagsmith
