#pragma once

#include "extractedtext.h"
#include "extractionlimits.h"

namespace tagsmith {

// Word 97-2003 (.doc) through catdoc (Debian package "catdoc") in a child process with a
// timeout and an output cap, so a hostile file can neither hang nor crash the importer.
class DocReader {
public:
    static Result<ExtractedText> read(const QString &path, const ExtractionLimits &limits);
};

} // namespace tagsmith
