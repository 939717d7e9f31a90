#include "mediaprober.h"

#include "documentprobe.h"
#include "filecheck.h"
#include "imageprobe.h"
#include "pdfprobe.h"
#include "videoprobe.h"

#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

namespace tagsmith {

namespace {
// ZIP (OOXML, ODF) and OLE (DOC, PPT) files are documents only once their parts are checked.
bool isDocumentContainer(const QMimeType &mime)
{
    for (const QString &container : {QStringLiteral("application/zip"), QStringLiteral("application/x-ole-storage")}) {
        if (mime.name() == container || mime.inherits(container))
            return true;
    }
    return false;
}
} // namespace

MediaProber::MediaProber(ProbeLimits limits) : m_limits(limits) {}

MediaInfo MediaProber::probe(const QString &path) const
{
    MediaInfo info;
    info.error = FileCheck::problem(path);
    if (!info.ok())
        return info;

    const QMimeDatabase mimeDatabase;
    const QMimeType byName = mimeDatabase.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    if (QFileInfo(path).size() == 0) {
        // No content to sniff: an empty text file is a valid (empty) document, anything else is broken.
        if (byName.inherits(QStringLiteral("text/plain"))) {
            info.mime = byName.name();
            info.kind = AssetKind::Document;
        } else {
            info.mime = QStringLiteral("application/x-zerosize");
            info.error = tr("empty file (0 bytes)");
        }
        return info;
    }

    const QMimeType byContent = mimeDatabase.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    info.mime = byContent.name();
    // X bitmaps are C source: the MIME magic sees text, only the image reader recognises them.
    if (info.mime == QLatin1String("text/plain") && QImageReader::imageFormat(path) == "xbm")
        info.mime = QStringLiteral("image/x-xbitmap");
    info.kind = kindForMime(info.mime);
    if (info.mime == QLatin1String("application/pdf")) {
        PdfProbe::probe(path, info);
    } else if (info.kind == AssetKind::Image) {
        ImageProbe::probe(path, m_limits, info);
    } else if (info.kind == AssetKind::Video || info.mime.startsWith(QLatin1String("audio/"))) {
        VideoProbe::probe(path, m_limits, info);
    } else if (info.kind == AssetKind::Document || isDocumentContainer(byContent)) {
        DocumentProbe::probe(path, byContent, byName, info);
    } else {
        info.error = tr("not a recognised image, video or document format");
    }
    return info;
}

} // namespace tagsmith
