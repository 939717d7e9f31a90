// ZipDirectory::read: end-of-central-directory search and the central directory entries.
#include "fuzzinput.h"
#include "media/zipdirectory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto directory = tagsmith::ZipDirectory::read(tagsmith::fuzz::inputFile(data, size, ".zip"), 1000);
    if (directory)
        for (const auto &entry : directory->entries())
            directory->find(entry.name);
    return 0;
}
