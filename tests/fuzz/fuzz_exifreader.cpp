// ExifReader::read: our reading of the EXIF fields Exiv2 hands back (Exiv2 parses the file).
#include "fuzzinput.h"
#include "media/exifreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)tagsmith::ExifReader::read(tagsmith::fuzz::inputFile(data, size, ".jpg"));
    return 0;
}
