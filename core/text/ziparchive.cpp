#include "ziparchive.h"

#include <QCoreApplication>
#include <QtEndian>
#include <QFile>

#include <zlib.h>

namespace tagsmith {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qint64 kChunk = 64 * 1024;
constexpr quint64 kRatioCheckFloor = 1024 * 1024;

quint16 le16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint32 le32(const char *p) { return qFromLittleEndian<quint32>(p); }

Error zipError(const char *text, const QString &arg = {})
{
    QString message = QCoreApplication::translate("tagsmith::ZipArchive", text);
    return Error{arg.isEmpty() ? message : message.arg(arg)};
}

} // namespace

bool ZipArchive::looksLikeZip(QByteArrayView header)
{
    return header.size() >= 4 && le32(header.data()) == kLocalHeader;
}

Result<ZipArchive> ZipArchive::open(const QString &path, const ExtractionLimits &limits)
{
    Result<ZipDirectory> directory = ZipDirectory::read(path, limits.maxZipEntries);
    if (!directory.ok())
        return Error{directory.error()};
    quint64 totalDeclared = 0;
    for (const Entry &entry : directory->entries())
        totalDeclared += entry.uncompressedSize;
    // Declared sizes are checked up front; read() checks the real output while inflating.
    if (totalDeclared > quint64(limits.maxZipTotalBytes))
        return zipError("ZIP content too large (%1 MiB uncompressed)", QString::number(totalDeclared >> 20));
    ZipArchive archive;
    archive.m_path = path;
    archive.m_limits = limits;
    archive.m_directory = std::move(directory.value());
    return archive;
}

Status ZipArchive::read(const Entry &entry, const Sink &sink) const
{
    const quint64 maxBytes = quint64(m_limits.maxZipPartBytes);
    if (entry.uncompressedSize > maxBytes)
        return zipError("ZIP part %1 too large", entry.name);
    if (entry.uncompressedSize > kRatioCheckFloor
        && double(entry.uncompressedSize) > m_limits.maxZipRatio * double(qMax<quint64>(entry.compressedSize, 1)))
        return zipError("ZIP part %1 has a suspicious compression ratio (zip bomb?)", entry.name);
    if (entry.method != 0 && entry.method != 8)
        return zipError("unsupported ZIP compression method in %1", entry.name);

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(entry.localHeaderOffset)))
        return zipError("cannot read ZIP part %1", entry.name);
    const QByteArray local = file.read(30);
    if (local.size() < 30 || le32(local.constData()) != kLocalHeader)
        return zipError("corrupt ZIP: bad local header for %1", entry.name);
    if (!file.seek(qint64(entry.localHeaderOffset) + 30 + le16(local.constData() + 26) + le16(local.constData() + 28)))
        return zipError("corrupt ZIP: bad local header for %1", entry.name);

    quint64 remaining = entry.compressedSize;
    quint64 produced = 0;
    if (entry.method == 0) {
        while (remaining > 0) {
            const QByteArray chunk = file.read(qint64(qMin<quint64>(remaining, kChunk)));
            if (chunk.isEmpty())
                return zipError("corrupt ZIP: %1 is truncated", entry.name);
            remaining -= quint64(chunk.size());
            produced += quint64(chunk.size());
            if (produced > maxBytes)
                return zipError("ZIP part %1 too large", entry.name);
            if (!sink(chunk))
                return success();
        }
        return success();
    }

    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return zipError("cannot initialise zlib");
    struct Guard { z_stream *s; ~Guard() { inflateEnd(s); } } guard{&stream};
    QByteArray out(kChunk, Qt::Uninitialized);
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        const QByteArray in = file.read(qint64(qMin<quint64>(remaining, kChunk)));
        if (in.isEmpty())
            return zipError("corrupt ZIP: %1 is truncated", entry.name);
        remaining -= quint64(in.size());
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        stream.avail_in = uInt(in.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = uInt(out.size());
            status = inflate(&stream, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
                return zipError("corrupt ZIP: cannot inflate %1", entry.name);
            const qsizetype have = out.size() - qsizetype(stream.avail_out);
            produced += quint64(have);
            // Headers can lie about sizes: the real output is what counts.
            if (produced > maxBytes)
                return zipError("ZIP part %1 too large", entry.name);
            if (have > 0 && !sink(QByteArrayView(out.constData(), have)))
                return success();
        } while (stream.avail_out == 0 && status != Z_STREAM_END);
        if (status != Z_STREAM_END && remaining == 0)
            return zipError("corrupt ZIP: %1 is truncated", entry.name);
    }
    return success();
}

Result<QByteArray> ZipArchive::readAll(const Entry &entry, qint64 maxBytes) const
{
    QByteArray data;
    bool tooLarge = false;
    const Status status = read(entry, [&](QByteArrayView chunk) {
        if (data.size() + chunk.size() > maxBytes) {
            tooLarge = true;
            return false;
        }
        data.append(chunk);
        return true;
    });
    if (!status.ok())
        return Error{status.error()};
    if (tooLarge)
        return zipError("ZIP part %1 too large", entry.name);
    return data;
}

} // namespace tagsmith
