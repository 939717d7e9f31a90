#include "mediaprober.h"

#include <QImageReader>
#include <QMimeDatabase>

namespace tagsmith {

MediaProber::MediaProber(ProbeLimits limits) : m_limits(limits) {}

MediaInfo MediaProber::probe(const QString &path) const
{
    MediaInfo info;
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    info.mime = mime.name();
    info.kind = kindForMime(info.mime);
    if (info.kind == AssetKind::Image) {
        QImageReader reader(path);
        const QSize size = reader.size();
        if (!size.isValid())
            info.error = QObject::tr("unreadable image: %1").arg(reader.errorString());
        else if (qint64(size.width()) * size.height() > m_limits.maxPixels)
            info.error = QObject::tr("image claims %1×%2 pixels, over the %3-megapixel limit")
                             .arg(size.width()).arg(size.height()).arg(m_limits.maxPixels / 1'000'000);
        else {
            info.width = size.width();
            info.height = size.height();
        }
    }
    return info;
}

} // namespace tagsmith
