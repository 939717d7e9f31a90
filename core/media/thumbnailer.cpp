#include "thumbnailer.h"

#include "documentcard.h"
#include "filecheck.h"
#include "imagedecoder.h"
#include "pdfprobe.h"
#include "thumbnailpng.h"
#include "videoframes.h"

#include <QColorSpace>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>

#include <poppler-qt6.h>

#include <cstdio>

namespace tagsmith {

namespace {
const QString UriKey = QStringLiteral("Thumb::URI");
const QString MTimeKey = QStringLiteral("Thumb::MTime");

// Thumbnails are sRGB without an embedded profile: viewers show them right, files stay small.
QImage fitInBox(const QImage &image, int box)
{
    QImage fitted = image.width() <= box && image.height() <= box
        ? image : image.scaled(box, box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (fitted.colorSpace().isValid() && fitted.colorSpace() != QColorSpace(QColorSpace::SRgb))
        fitted.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    fitted.setColorSpace(QColorSpace());
    return fitted;
}

QString modificationTime(const QString &path)
{
    return QString::number(QFileInfo(path).lastModified().toSecsSinceEpoch());
}
} // namespace

Thumbnailer::Thumbnailer(ProbeLimits limits, QString cacheRoot)
    : m_limits(limits)
    , m_cacheRoot(cacheRoot.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/thumbnails")
                      : std::move(cacheRoot))
{
}

QByteArray Thumbnailer::fileUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
}

QString Thumbnailer::cacheFile(const QString &path) const
{
    const QByteArray md5 = QCryptographicHash::hash(fileUri(path), QCryptographicHash::Md5).toHex();
    return m_cacheRoot + QStringLiteral("/large/") + QString::fromLatin1(md5) + QStringLiteral(".png");
}

Result<QImage> Thumbnailer::thumbnail(const QString &path) const
{
    const QString problem = FileCheck::problem(path);
    if (!problem.isEmpty())
        return Error{problem};
    // Qt's PNG reader mangles text keys containing "::" in QImageReader::text(); the decoded
    // image keeps them intact, and a 256-px PNG decodes in about a millisecond.
    if (const QImage cached = cachedIfFresh(path); !cached.isNull())
        return cached;
    Result<QImage> fresh = render(path);
    if (fresh)
        store(path, fresh.value());
    return fresh;
}

void Thumbnailer::storeDecoded(const QString &path, const QImage &upright) const
{
    if (!upright.isNull())
        store(path, fitInBox(upright, Size));
}

bool Thumbnailer::isFresh(const QString &path) const
{
    return !cachedIfFresh(path).isNull();
}

QImage Thumbnailer::cachedIfFresh(const QString &path) const
{
    const QImage cached(cacheFile(path), "png");
    if (!cached.isNull() && cached.text(MTimeKey) == modificationTime(path)
        && cached.text(UriKey) == QString::fromLatin1(fileUri(path)))
        return cached;
    return {};
}

Result<QImage> Thumbnailer::render(const QString &path) const
{
    const QString problem = FileCheck::problem(path);
    if (!problem.isEmpty())
        return Error{problem};
    const QString mime = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
    if (mime.startsWith(QLatin1String("image/"))) {
        const Result<QImage> image = ImageDecoder::decodeDetected(path, mime, QSize(Size, Size), m_limits);
        return image ? Result<QImage>(fitInBox(image.value(), Size)) : image;
    }
    if (mime == QLatin1String("application/pdf"))
        return renderPdf(path);
    const MediaInfo info = MediaProber(m_limits).probe(path);
    if (!info.ok())
        return Error{info.error};
    if (info.kind == AssetKind::Video) {
        const Result<QImage> frame = VideoFrames(m_limits).representativeFrame(path, Size);
        return frame ? Result<QImage>(fitInBox(frame.value(), Size)) : frame;
    }
    if (info.kind == AssetKind::Document)
        return DocumentCard::render(path, info.mime, QSize(Size * 3 / 4, Size));
    return Error{info.warning.isEmpty() ? tr("no picture to show for this file") : info.warning};
}

Result<QImage> Thumbnailer::renderPdf(const QString &path) const
{
    PdfProbe::silencePopplerOnce();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return Error{tr("corrupt PDF: Poppler cannot open it")};
    if (document->isLocked())
        return Error{tr("encrypted PDF: password required")};
    const std::unique_ptr<Poppler::Page> page = document->numPages() > 0 ? document->page(0) : nullptr;
    if (!page)
        return Error{tr("corrupt PDF: the first page cannot be read")};
    const QSizeF points = page->pageSizeF();
    if (points.isEmpty())
        return Error{tr("corrupt PDF: the first page has no size")};
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    // Resolution at which the longer page side is Size pixels.
    const double dpi = 72.0 * Size / qMax(points.width(), points.height());
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull())
        return Error{tr("corrupt PDF: the first page cannot be rendered")};
    return fitInBox(image, Size);
}

void Thumbnailer::store(const QString &path, const QImage &thumbnail) const
{
    const QString target = cacheFile(path);
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return; // the cache is an optimisation: a read-only home still gets thumbnails
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Written beside the target and renamed over it, so readers never see half a PNG. Unlike
    // QSaveFile there is no fsync: a cache entry lost in a crash is simply rebuilt.
    QTemporaryFile file(folder + QStringLiteral("/.tagsmith-XXXXXX.png"));
    if (!file.open())
        return;
    const QByteArray png = thumbnailPng(thumbnail, {{UriKey.toLatin1(), fileUri(path)},
                                                    {MTimeKey.toLatin1(), modificationTime(path).toLatin1()},
                                                    {QByteArrayLiteral("Software"), QByteArrayLiteral("Tagsmith")}});
    if (png.isEmpty() || file.write(png) != png.size())
        return;
    file.close();
    // QTemporaryFile is created 0600, as the thumbnail specification asks.
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(target).constData()) == 0)
        file.setAutoRemove(false);
}

} // namespace tagsmith
