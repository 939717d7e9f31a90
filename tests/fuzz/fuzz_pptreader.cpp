// PptReader::read: the compound file, then the PowerPoint record tree and its text atoms.
#include "fuzzinput.h"
#include "text/extractionlimits.h"
#include "text/pptreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tagsmith::ExtractionLimits limits;
    limits.maxCharacters = 64 * 1024;
    (void)tagsmith::PptReader::read(tagsmith::fuzz::inputFile(data, size, ".ppt"), limits);
    return 0;
}
