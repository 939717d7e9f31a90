// JpegStructure walks the marker segments of a JPEG: problem() through the entropy-coded data,
// hasColourProfile() through the headers looking for an ICC profile.
#include "fuzzinput.h"
#include "media/jpegstructure.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString file = tagsmith::fuzz::inputFile(data, size, ".jpg");
    tagsmith::JpegStructure::problem(file);
    (void)tagsmith::JpegStructure::hasColourProfile(file);
    return 0;
}
