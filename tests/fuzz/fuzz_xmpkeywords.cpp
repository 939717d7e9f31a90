// MetadataReader::read on an XMP packet: dc:subject, lr:hierarchicalSubject, digiKam:TagsList,
// titles and descriptions collected by xmpkeywords (Exiv2 parses the XML).
#include "fuzzinput.h"
#include "metadata/metadatareader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)tagsmith::MetadataReader::read(tagsmith::fuzz::inputFile(data, size, ".xmp"));
    return 0;
}
