#include "assetkind.h"

#include <QStringList>

namespace tagsmith {

QString kindName(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Image: return QStringLiteral("image");
    case AssetKind::Video: return QStringLiteral("video");
    case AssetKind::Document: return QStringLiteral("document");
    case AssetKind::Other: break;
    }
    return QStringLiteral("other");
}

AssetKind kindFromName(const QString &name)
{
    if (name == QLatin1String("image")) return AssetKind::Image;
    if (name == QLatin1String("video")) return AssetKind::Video;
    if (name == QLatin1String("document")) return AssetKind::Document;
    return AssetKind::Other;
}

AssetKind kindForMime(const QString &mime)
{
    if (mime.startsWith(QLatin1String("image/"))) return AssetKind::Image;
    if (mime.startsWith(QLatin1String("video/")) || mime == QLatin1String("application/x-matroska"))
        return AssetKind::Video;
    static const QStringList documentMimes = {
        QStringLiteral("application/pdf"),
        QStringLiteral("application/msword"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        QStringLiteral("application/vnd.ms-powerpoint"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        QStringLiteral("application/vnd.oasis.opendocument.text"),
        QStringLiteral("application/vnd.oasis.opendocument.presentation"),
        QStringLiteral("application/rtf"),
        QStringLiteral("text/rtf"),
        QStringLiteral("text/html"),
        QStringLiteral("application/xhtml+xml"),
        QStringLiteral("text/plain"),
        QStringLiteral("text/csv"),
        QStringLiteral("application/x-subrip"),
        QStringLiteral("text/vtt"),
    };
    if (documentMimes.contains(mime) || mime.startsWith(QLatin1String("text/")))
        return AssetKind::Document;
    return AssetKind::Other;
}

} // namespace tagsmith
