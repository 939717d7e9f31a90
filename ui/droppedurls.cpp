#include "droppedurls.h"

#include <QMimeData>
#include <QUrl>

namespace tagsmith {

QStringList droppedLocalPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace tagsmith
