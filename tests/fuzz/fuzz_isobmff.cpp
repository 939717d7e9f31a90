// IsoBmff::hasTopLevelBox: a type that never matches makes it walk every top-level box.
#include "fuzzinput.h"
#include "media/isobmff.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tagsmith::fuzz::inputFile(data, size, ".mp4");
    tagsmith::IsoBmff::hasTopLevelBox(path, "ftyp");
    tagsmith::IsoBmff::hasTopLevelBox(path, "\xff\xff\xff\xff");
    return 0;
}
