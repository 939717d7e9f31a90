#include "compoundfile.h"

#include <QCoreApplication>
#include <QtEndian>

namespace tagsmith {

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kLastRegularSector = 0xFFFFFFFA;

quint16 le16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint32 le32(const char *p) { return qFromLittleEndian<quint32>(p); }

Error cfbError(const char *text)
{
    return Error{QCoreApplication::translate("tagsmith::CompoundFile", text)};
}

} // namespace

bool CompoundFile::looksLikeCompoundFile(QByteArrayView header)
{
    return header.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

Result<CompoundFile> CompoundFile::parse(QByteArray data)
{
    if (data.size() < 512 || !looksLikeCompoundFile(data))
        return cfbError("not an OLE2 compound file");
    CompoundFile file;
    file.m_data = std::move(data);
    const char *h = file.m_data.constData();
    file.m_sectorShift = le16(h + 0x1E);
    file.m_miniSectorShift = le16(h + 0x20);
    if ((file.m_sectorShift != 9 && file.m_sectorShift != 12) || file.m_miniSectorShift != 6)
        return cfbError("corrupt OLE2 file: bad sector size");
    file.m_miniCutoff = le32(h + 0x38);
    const quint32 sectorSize = 1u << file.m_sectorShift;
    const quint64 sectorCount = quint64(file.m_data.size()) / sectorSize;

    // The DIFAT lists the FAT sectors: 109 in the header, the rest in a chain of DIFAT sectors.
    QList<quint32> fatSectors;
    for (int i = 0; i < 109; ++i)
        fatSectors.append(le32(h + 0x4C + 4 * i));
    quint32 difat = le32(h + 0x44);
    for (quint64 guard = 0; difat <= kLastRegularSector && guard < sectorCount; ++guard) {
        const qint64 offset = (qint64(difat) + 1) << file.m_sectorShift;
        if (offset + sectorSize > file.m_data.size())
            return cfbError("corrupt OLE2 file: DIFAT outside the file");
        for (quint32 i = 0; i + 1 < sectorSize / 4; ++i)
            fatSectors.append(le32(file.m_data.constData() + offset + 4 * i));
        difat = le32(file.m_data.constData() + offset + sectorSize - 4);
    }
    for (const quint32 sector : fatSectors) {
        if (sector > kLastRegularSector)
            continue;
        const qint64 offset = (qint64(sector) + 1) << file.m_sectorShift;
        if (offset + sectorSize > file.m_data.size())
            return cfbError("corrupt OLE2 file: FAT outside the file");
        for (quint32 i = 0; i < sectorSize / 4; ++i)
            file.m_fat.append(le32(file.m_data.constData() + offset + 4 * i));
    }

    const Result<QByteArray> directory = file.chain(le32(h + 0x30), 0, false);
    if (!directory.ok())
        return Error{directory.error()};
    for (qsizetype pos = 0; pos + 128 <= directory->size(); pos += 128) {
        const char *e = directory->constData() + pos;
        const int nameBytes = qBound(0, int(le16(e + 64)) - 2, 62);
        DirectoryEntry entry;
        entry.name = QString::fromUtf16(reinterpret_cast<const char16_t *>(e), nameBytes / 2);
        entry.type = uchar(e[66]);
        entry.start = le32(e + 116);
        entry.size = le32(e + 120);
        file.m_entries.append(entry);
    }
    if (file.m_entries.isEmpty() || file.m_entries.first().type != 5)
        return cfbError("corrupt OLE2 file: no root entry");

    const Result<QByteArray> miniFat = file.chain(le32(h + 0x3C), 0, false);
    if (miniFat.ok()) {
        for (qsizetype pos = 0; pos + 4 <= miniFat->size(); pos += 4)
            file.m_miniFat.append(le32(miniFat->constData() + pos));
    }
    const DirectoryEntry &root = file.m_entries.first();
    const Result<QByteArray> miniStream = file.chain(root.start, root.size, false);
    if (miniStream.ok())
        file.m_miniStream = *miniStream;
    return file;
}

Result<QByteArray> CompoundFile::chain(quint32 start, quint64 size, bool mini) const
{
    const QList<quint32> &table = mini ? m_miniFat : m_fat;
    const QByteArray &source = mini ? m_miniStream : m_data;
    const int shift = mini ? m_miniSectorShift : m_sectorShift;
    const qint64 sectorSize = qint64(1) << shift;
    QByteArray out;
    quint32 sector = start;
    // A chain can never be longer than the table: anything longer is a loop.
    for (qsizetype steps = 0; sector != kEndOfChain; ++steps) {
        if (sector > kLastRegularSector || sector >= quint32(table.size()) || steps > table.size())
            return cfbError("corrupt OLE2 file: broken sector chain");
        const qint64 offset = mini ? qint64(sector) << shift : (qint64(sector) + 1) << shift;
        if (offset + sectorSize > source.size())
            return cfbError("corrupt OLE2 file: sector outside the file");
        out.append(source.constData() + offset, sectorSize);
        if (size > 0 && quint64(out.size()) >= size)
            break;
        sector = table[sector];
    }
    if (size > 0) {
        if (quint64(out.size()) < size)
            return cfbError("corrupt OLE2 file: stream shorter than declared");
        out.truncate(qsizetype(size));
    }
    return out;
}

const CompoundFile::DirectoryEntry *CompoundFile::findEntry(const QString &name) const
{
    for (const DirectoryEntry &entry : m_entries) {
        if (entry.type == 2 && entry.name == name)
            return &entry;
    }
    return nullptr;
}

bool CompoundFile::hasStream(const QString &name) const
{
    return findEntry(name) != nullptr;
}

Result<QByteArray> CompoundFile::stream(const QString &name, qint64 maxBytes) const
{
    const DirectoryEntry *entry = findEntry(name);
    if (!entry)
        return Error{QCoreApplication::translate("CompoundFile", "stream %1 missing").arg(name)};
    if (entry->size > quint64(maxBytes))
        return Error{QCoreApplication::translate("CompoundFile", "stream %1 too large").arg(name)};
    if (entry->size == 0)
        return QByteArray();
    return chain(entry->start, entry->size, entry->size < m_miniCutoff);
}

} // namespace tagsmith
