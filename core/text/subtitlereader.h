#pragma once

#include "extractedtext.h"

#include <QByteArray>

namespace tagsmith {

// SRT and WebVTT: the spoken text of each cue, without indices, cue ids, timings, the
// WEBVTT header, NOTE/STYLE/REGION blocks or markup tags.
class SubtitleReader {
public:
    static ExtractedText read(const QByteArray &bytes, const QString &format);
};

} // namespace tagsmith
