#pragma once

#include "assetkind.h"

#include <QString>

namespace tagsmith {

// What probing learned about one file. Plain value: crosses threads freely.
struct MediaInfo {
    QString mime;                 // detected from content, not from the extension
    AssetKind kind = AssetKind::Other;
    int width = 0;                // display size: EXIF orientation / video rotation applied;
                                  // PDFs: first page size in points (1/72 inch)
    int height = 0;
    double durationSec = 0.0;     // videos
    QString codec;                // videos: video codec name (FFmpeg's, e.g. "h264", "hevc")
    QString audioCodec;           // videos and sound-only media: audio codec name, empty if none
    int rotation = 0;             // degrees clockwise needed to show upright (EXIF or video metadata)
    int pages = 0;                // PDFs and paged documents
    QString error;                // empty when the file is usable; otherwise a specific reason
    QString warning;              // usable, but worth showing, e.g. "no video stream (audio only)"

    bool ok() const { return error.isEmpty(); }
};

} // namespace tagsmith
