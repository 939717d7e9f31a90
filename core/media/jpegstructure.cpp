#include "jpegstructure.h"

#include "bytereader.h"

#include <QFile>

#include <cstring>

namespace tagsmith {

namespace {
constexpr quint8 StartOfScan = 0xDA;
constexpr quint8 EndOfImage = 0xD9;

bool isStandalone(quint8 marker)
{
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8);
}

// Skips entropy-coded data: returns the offset of the next real marker (0xFF not followed by
// a stuffed zero or a restart marker), or -1 at the end of the data.
qint64 skipEntropyData(const char *data, qint64 pos, qint64 size)
{
    while (pos < size) {
        const void *ff = std::memchr(data + pos, 0xFF, size_t(size - pos));
        if (!ff)
            return -1;
        pos = static_cast<const char *>(ff) - data;
        if (pos + 1 >= size)
            return -1;
        const quint8 next = quint8(data[pos + 1]);
        if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7)) {
            pos += next == 0xFF ? 1 : 2;
            continue;
        }
        return pos;
    }
    return -1;
}
} // namespace

QString JpegStructure::problem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot open the file: %1").arg(file.errorString());
    const qint64 size = file.size();
    const uchar *mapped = file.map(0, size);
    if (!mapped)
        return tr("cannot read the file: %1").arg(file.errorString());
    const char *data = reinterpret_cast<const char *>(mapped);
    if (size < 4 || quint8(data[0]) != 0xFF || quint8(data[1]) != 0xD8)
        return tr("corrupt JPEG: no start-of-image marker");

    bool seenScan = false;
    qint64 pos = 2;
    while (true) {
        if (pos + 2 > size)
            break;
        if (quint8(data[pos]) != 0xFF)
            return tr("corrupt JPEG: damaged marker structure at byte %1").arg(pos);
        const quint8 marker = quint8(data[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == EndOfImage)
            return {};
        if (isStandalone(marker)) {
            pos += 2;
            continue;
        }
        if (pos + 4 > size)
            break;
        const qint64 length = readBE16(data, pos + 2);
        if (length < 2)
            return tr("corrupt JPEG: damaged marker structure at byte %1").arg(pos);
        pos += 2 + length;
        if (pos > size)
            break;
        if (marker == StartOfScan) {
            seenScan = true;
            pos = skipEntropyData(data, pos, size);
            if (pos < 0)
                break;
        }
    }
    return seenScan ? tr("truncated JPEG: the image data ends before the end-of-image marker")
                    : tr("truncated JPEG: the file ends inside the headers, before any image data");
}

bool JpegStructure::hasColourProfile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Headers sit before the first scan; 256 KiB covers any realistic EXIF + XMP + ICC set.
    const QByteArray head = file.read(256 * 1024);
    const char *data = head.constData();
    const qint64 size = head.size();
    static constexpr char IccName[] = "ICC_PROFILE";
    for (qint64 pos = 2; pos + 4 <= size && quint8(data[pos]) == 0xFF;) {
        const quint8 marker = quint8(data[pos + 1]);
        if (marker == 0xFF) {
            ++pos;
            continue;
        }
        if (marker == StartOfScan || marker == EndOfImage)
            return false;
        if (isStandalone(marker)) {
            pos += 2;
            continue;
        }
        const qint64 length = readBE16(data, pos + 2);
        if (marker == 0xE2 && length >= qint64(sizeof IccName) + 2 && pos + 4 + qint64(sizeof IccName) <= size
            && std::memcmp(data + pos + 4, IccName, sizeof IccName) == 0)
            return true;
        if (length < 2)
            return false;
        pos += 2 + length;
    }
    return false;
}

} // namespace tagsmith
