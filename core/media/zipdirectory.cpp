#include "zipdirectory.h"

#include "bytereader.h"

#include <QFile>

namespace tagsmith {

namespace {
constexpr quint32 EndOfDirectorySignature = 0x06054b50;
constexpr quint32 DirectoryEntrySignature = 0x02014b50;
constexpr int EndOfDirectorySize = 22;
constexpr qint64 MaxCommentSize = 0xFFFF;
constexpr int DirectoryEntrySize = 46;
}

Result<ZipDirectory> ZipDirectory::read(const QString &path, int maxEntries)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot open the file: %1").arg(file.errorString())};
    const qint64 size = file.size();
    if (size < EndOfDirectorySize)
        return Error{tr("corrupt ZIP container: too short")};

    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    const qint64 tailSize = qMin(size, EndOfDirectorySize + MaxCommentSize);
    file.seek(size - tailSize);
    const QByteArray tail = file.read(tailSize);
    qint64 end = -1;
    for (qint64 i = tail.size() - EndOfDirectorySize; i >= 0; --i) {
        if (readLE32(tail, i) == EndOfDirectorySignature) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return Error{tr("corrupt ZIP container: no central directory (truncated file?)")};

    const quint64 entryCount = readLE16(tail, end + 10);
    const quint64 directorySize = readLE32(tail, end + 12);
    const quint64 directoryOffset = readLE32(tail, end + 16);
    if (entryCount == 0xFFFF || directoryOffset == 0xFFFFFFFF)
        return Error{tr("ZIP64 archives are not supported")};
    // Checked before anything is allocated for the entries.
    if (entryCount > quint64(maxEntries))
        return Error{tr("too many ZIP entries (%1)").arg(entryCount)};
    if (directoryOffset + directorySize > quint64(size))
        return Error{tr("corrupt ZIP container: central directory out of range")};

    file.seek(qint64(directoryOffset));
    const QByteArray directory = file.read(qint64(directorySize));
    ZipDirectory result;
    result.m_entries.reserve(qsizetype(entryCount));
    qint64 pos = 0;
    for (quint64 i = 0; i < entryCount; ++i) {
        if (pos + DirectoryEntrySize > directory.size() || readLE32(directory, pos) != DirectoryEntrySignature)
            return Error{tr("corrupt ZIP container: damaged central directory")};
        const int nameLength = readLE16(directory, pos + 28);
        const int extraLength = readLE16(directory, pos + 30);
        const int commentLength = readLE16(directory, pos + 32);
        if (pos + DirectoryEntrySize + nameLength > directory.size())
            return Error{tr("corrupt ZIP container: damaged central directory")};
        Entry entry;
        entry.method = readLE16(directory, pos + 10);
        entry.compressedSize = readLE32(directory, pos + 20);
        entry.uncompressedSize = readLE32(directory, pos + 24);
        entry.localHeaderOffset = readLE32(directory, pos + 42);
        entry.name = QString::fromUtf8(directory.constData() + pos + DirectoryEntrySize, nameLength);
        result.m_entries.append(std::move(entry));
        pos += DirectoryEntrySize + nameLength + extraLength + commentLength;
    }
    return result;
}

const ZipDirectory::Entry *ZipDirectory::find(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

bool ZipDirectory::contains(const QString &name) const
{
    return find(name) != nullptr;
}

} // namespace tagsmith
