// ZipArchive: the directory, then every entry's local header and inflated data, with limits.
#include "fuzzinput.h"
#include "text/ziparchive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tagsmith::ExtractionLimits limits;
    limits.maxZipEntries = 100;
    limits.maxZipPartBytes = 4 * 1024 * 1024;
    limits.maxZipTotalBytes = 16 * 1024 * 1024;
    const auto archive = tagsmith::ZipArchive::open(tagsmith::fuzz::inputFile(data, size, ".zip"), limits);
    if (!archive)
        return 0;
    for (const auto &entry : archive->entries())
        (void)archive->readAll(entry, 1024 * 1024);
    return 0;
}
