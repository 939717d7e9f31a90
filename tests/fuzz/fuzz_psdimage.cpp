// PsdImage::size reads the PSD/PSB header (the pixel data is FFmpeg's, not fuzzed here).
#include "fuzzinput.h"
#include "media/psdimage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)tagsmith::PsdImage::size(tagsmith::fuzz::inputFile(data, size, ".psd"), 100'000'000);
    return 0;
}
