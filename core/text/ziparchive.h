#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

#include "extractionlimits.h"
#include "util/result.h"

namespace tagsmith {

// Minimal read-only ZIP reader over zlib: parses the central directory and inflates one
// entry at a time in fixed-size chunks, so no part is ever held whole in memory.
// Re-entrant: every read opens its own file handle.
class ZipArchive {
public:
    struct Entry {
        QString name;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        quint64 localHeaderOffset = 0;
        quint16 method = 0;
    };
    // Receives inflated bytes; returning false stops reading early (not an error).
    using Sink = std::function<bool(QByteArrayView)>;

    static Result<ZipArchive> open(const QString &path, const ExtractionLimits &limits);
    static bool looksLikeZip(QByteArrayView header);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;
    // Streams one entry; fails on corrupt data or when the inflated bytes exceed the limits
    // (the declared size is checked first, the real output while inflating).
    Status read(const Entry &entry, const Sink &sink) const;
    // Convenience for small parts (metadata): the whole entry, at most maxBytes.
    Result<QByteArray> readAll(const Entry &entry, qint64 maxBytes) const;

private:
    QString m_path;
    ExtractionLimits m_limits;
    QList<Entry> m_entries;
};

} // namespace tagsmith
