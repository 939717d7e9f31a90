#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tagsmith {

// The central directory of a ZIP file (OOXML, ODF), read without inflating anything: enough
// to tell a DOCX from a PPTX, and to see a part's sizes and position before reading it.
// The one ZIP directory parser: the media prober uses it as it is, the text extractor's
// ZipArchive inflates the parts it lists.
class ZipDirectory {
    Q_DECLARE_TR_FUNCTIONS(ZipDirectory)
public:
    struct Entry {
        QString name;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        quint64 localHeaderOffset = 0;
        quint16 method = 0;   // 0 stored, 8 deflated
    };
    static constexpr int DefaultMaxEntries = 100'000;

    // Fails on a damaged or ZIP64 directory and on more than maxEntries entries.
    static Result<ZipDirectory> read(const QString &path, int maxEntries = DefaultMaxEntries);

    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &name) const;
    const Entry *find(const QString &name) const;

private:
    QList<Entry> m_entries;
};

} // namespace tagsmith
