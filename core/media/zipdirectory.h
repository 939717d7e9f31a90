#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tagsmith {

// The central directory of a ZIP file (OOXML, ODF), read without inflating anything:
// enough to tell a DOCX from a PPTX and to see a part's uncompressed size before reading it.
class ZipDirectory {
    Q_DECLARE_TR_FUNCTIONS(ZipDirectory)
public:
    struct Entry {
        QString name;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
    };

    static Result<ZipDirectory> read(const QString &path);

    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &name) const;
    const Entry *find(const QString &name) const;

private:
    QList<Entry> m_entries;
};

} // namespace tagsmith
