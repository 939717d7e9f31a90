#pragma once

namespace tagsmith {

// Exiv2's XMP toolkit must be initialised once, with a lock, before threads use it; every
// Exiv2 entry point (ExifReader, the metadata reader and writer) calls this first. Also mutes Exiv2's warnings on stderr: broken
// metadata is reported through error values instead.
void ensureExiv2Initialised();

} // namespace tagsmith
