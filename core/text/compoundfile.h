#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "util/result.h"

namespace tagsmith {

// Read-only OLE2 / Compound File Binary reader (the container of .doc, .ppt, .xls):
// finds a stream by name and returns its bytes, following FAT or mini-FAT chains with
// loop protection. Works on an in-memory copy of the (size-limited) file.
class CompoundFile {
public:
    static bool looksLikeCompoundFile(QByteArrayView header);
    static Result<CompoundFile> parse(QByteArray data);

    bool hasStream(const QString &name) const;
    Result<QByteArray> stream(const QString &name, qint64 maxBytes) const;

private:
    struct DirectoryEntry {
        QString name;
        int type = 0;
        quint32 start = 0;
        quint64 size = 0;
    };
    Result<QByteArray> chain(quint32 start, quint64 size, bool mini) const;
    const DirectoryEntry *findEntry(const QString &name) const;

    QByteArray m_data;
    int m_sectorShift = 9;
    int m_miniSectorShift = 6;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
    QList<DirectoryEntry> m_entries;
    QByteArray m_miniStream;
};

} // namespace tagsmith
