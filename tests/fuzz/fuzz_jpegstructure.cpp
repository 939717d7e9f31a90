// JpegStructure::problem walks the marker segments and the entropy-coded data of a JPEG.
#include "fuzzinput.h"
#include "media/jpegstructure.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tagsmith::JpegStructure::problem(tagsmith::fuzz::inputFile(data, size, ".jpg"));
    return 0;
}
