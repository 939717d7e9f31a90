#pragma once

#include "assetkind.h"

#include <QString>

namespace tagsmith {

// What probing learned about one file. Plain value: crosses threads freely.
struct MediaInfo {
    QString mime;                 // detected from content, not from the extension
    AssetKind kind = AssetKind::Other;
    int width = 0;                // display size: EXIF orientation / video rotation applied
    int height = 0;
    double durationSec = 0.0;     // videos
    QString codec;                // videos: video codec name
    int rotation = 0;             // degrees clockwise needed to show upright (EXIF or video metadata)
    int pages = 0;                // PDFs and paged documents
    QString error;                // empty when the file is usable; otherwise a specific reason

    bool ok() const { return error.isEmpty(); }
};

} // namespace tagsmith
