#include "isobmff.h"

#include "bytereader.h"

#include <QFile>

namespace tagsmith {

bool IsoBmff::hasTopLevelBox(const QString &path, const char (&type)[5])
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file.size();
    qint64 pos = 0;
    // A file has a handful of top-level boxes; the cap only guards against pathological input.
    for (int boxes = 0; boxes < 10'000 && pos + 8 <= size; ++boxes) {
        file.seek(pos);
        const QByteArray header = file.read(16);
        if (header.size() < 8)
            return false;
        quint64 boxSize = readBE32(header.constData(), 0);
        if (header.mid(4, 4) == QByteArray(type, 4))
            return true;
        if (boxSize == 1 && header.size() == 16)
            boxSize = quint64(readBE32(header.constData(), 8)) << 32 | readBE32(header.constData(), 12);
        else if (boxSize == 0)
            return false; // box extends to the end of the file
        // A size past the end (up to 2^64 with the 64-bit form) would overflow the position.
        if (boxSize < 8 || boxSize > quint64(size - pos))
            return false;
        pos += qint64(boxSize);
    }
    return false;
}

} // namespace tagsmith
