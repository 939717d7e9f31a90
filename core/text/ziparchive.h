#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

#include "extractionlimits.h"
#include "media/zipdirectory.h"
#include "util/result.h"

namespace tagsmith {

// Minimal read-only ZIP reader over zlib: the media library's ZipDirectory lists the parts,
// this inflates one entry at a time in fixed-size chunks, so no part is ever held whole in
// memory. Re-entrant: every read opens its own file handle.
class ZipArchive {
public:
    using Entry = ZipDirectory::Entry;
    // Receives inflated bytes; returning false stops reading early (not an error).
    using Sink = std::function<bool(QByteArrayView)>;

    static Result<ZipArchive> open(const QString &path, const ExtractionLimits &limits);
    static bool looksLikeZip(QByteArrayView header);

    const QList<Entry> &entries() const { return m_directory.entries(); }
    const Entry *find(const QString &name) const { return m_directory.find(name); }
    // Streams one entry; fails on corrupt data or when the inflated bytes exceed the limits
    // (the declared size is checked first, the real output while inflating).
    Status read(const Entry &entry, const Sink &sink) const;
    // Convenience for small parts (metadata): the whole entry, at most maxBytes.
    Result<QByteArray> readAll(const Entry &entry, qint64 maxBytes) const;

private:
    QString m_path;
    ExtractionLimits m_limits;
    ZipDirectory m_directory;
};

} // namespace tagsmith
