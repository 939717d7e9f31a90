#pragma once

#include <QByteArray>

// Bounds-unchecked integer reads from byte buffers; callers check the range first.
namespace tagsmith {

inline quint32 byteAt(const char *data, qint64 pos) { return quint8(data[pos]); }

inline quint16 readLE16(const QByteArray &b, qint64 pos)
{
    return quint16(byteAt(b.constData(), pos) | byteAt(b.constData(), pos + 1) << 8);
}

inline quint32 readLE32(const QByteArray &b, qint64 pos)
{
    return readLE16(b, pos) | quint32(readLE16(b, pos + 2)) << 16;
}

inline quint16 readBE16(const char *data, qint64 pos)
{
    return quint16(byteAt(data, pos) << 8 | byteAt(data, pos + 1));
}

inline quint32 readBE32(const char *data, qint64 pos)
{
    return quint32(readBE16(data, pos)) << 16 | readBE16(data, pos + 2);
}

} // namespace tagsmith
