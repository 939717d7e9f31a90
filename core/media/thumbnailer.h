#pragma once

#include "mediaprober.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace tagsmith {

// 256-px thumbnails for images (reduced decode), videos (representative frame), PDFs (first
// page) and other documents (a card with format and file name), cached on disk in the
// freedesktop layout: <cacheRoot>/large/<md5 of the file URI>.png with Thumb::URI and
// Thumb::MTime, so other desktop apps share them; a changed mtime refreshes the entry.
// Thread-safe; cache writes are atomic.
class Thumbnailer {
    Q_DECLARE_TR_FUNCTIONS(Thumbnailer)
public:
    static constexpr int Size = 256; // freedesktop "large"

    // cacheRoot: the folder holding "large/"; empty means $XDG_CACHE_HOME/thumbnails.
    explicit Thumbnailer(ProbeLimits limits = {}, QString cacheRoot = {});

    // The cached thumbnail when it is still fresh, else a new one, stored in the cache.
    Result<QImage> thumbnail(const QString &path) const;
    // A new thumbnail, not cached. Fits in Size×Size, never upscaled (except document cards).
    Result<QImage> render(const QString &path) const;
    // Stores the thumbnail of an image another stage has already decoded (upright, sRGB), so
    // the file is decoded once for the thumbnail and the embedder.
    void storeDecoded(const QString &path, const QImage &upright) const;
    // Whether the cache holds a current thumbnail of `path`, without decoding a picture twice.
    bool isFresh(const QString &path) const;

    QString cacheFile(const QString &path) const;
    static QByteArray fileUri(const QString &path);

private:
    QImage cachedIfFresh(const QString &path) const;
    Result<QImage> renderPdf(const QString &path) const;
    void store(const QString &path, const QImage &thumbnail) const;

    ProbeLimits m_limits;
    QString m_cacheRoot;
};

} // namespace tagsmith
