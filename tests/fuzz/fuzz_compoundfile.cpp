// CompoundFile (OLE2, legacy DOC/PPT/XLS): header, FAT, mini FAT, directory and stream chains.
#include "text/compoundfile.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    tagsmith::CompoundFile::looksLikeCompoundFile(bytes);
    const auto file = tagsmith::CompoundFile::parse(bytes);
    if (!file)
        return 0;
    for (const char *name : {"WordDocument", "PowerPoint Document", "1Table", "0Table", "Root Entry"})
        if (file->hasStream(QString::fromLatin1(name)))
            (void)file->stream(QString::fromLatin1(name), 8 * 1024 * 1024);
    return 0;
}
