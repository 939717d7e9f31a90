// PngStructure::check walks the chunks, checks CRCs and inflates IDAT to count the bytes.
#include "fuzzinput.h"
#include "media/pngstructure.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tagsmith::PngStructure::check(tagsmith::fuzz::inputFile(data, size, ".png"), 100'000'000);
    return 0;
}
