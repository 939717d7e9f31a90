#include "thumbnailcache.h"

namespace tagsmith {

ThumbnailCache::ThumbnailCache(qint64 maxBytes, QObject *parent) : QObject(parent), m_cache(maxBytes)
{
    // Short enough to feel immediate, long enough that a scroll flings past without work.
    m_debounce.setInterval(40);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &ThumbnailCache::startQueued);
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

const QPixmap *ThumbnailCache::thumbnail(const ThumbnailRequest &request)
{
    if (const QPixmap *pixmap = m_cache.object(request.assetId))
        return pixmap;
    if (m_noImage.contains(request.assetId) || m_inFlight.contains(request.assetId)
        || m_wantedIds.contains(request.assetId))
        return nullptr;
    m_wanted << request;
    m_wantedIds.insert(request.assetId);
    m_debounce.start();
    return nullptr;
}

void ThumbnailCache::startQueued()
{
    // What was painted since the last pause replaces the queue: anything that scrolled
    // out of view before its turn is simply not rendered.
    m_queue = std::move(m_wanted);
    m_wanted.clear();
    m_wantedIds.clear();
    pump();
}

void ThumbnailCache::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_pool.maxThreadCount()) {
        const ThumbnailRequest request = m_queue.takeFirst();
        if (m_cache.contains(request.assetId) || m_inFlight.contains(request.assetId))
            continue;
        m_inFlight.insert(request.assetId);
        const int generation = m_generation;
        m_pool.start([this, request, generation] {
            const ThumbnailResult result = renderThumbnail(m_thumbnailer, request);
            QMetaObject::invokeMethod(this, [this, id = request.assetId, generation, result] {
                finished(id, generation, result);
            }, Qt::QueuedConnection);
        });
    }
}

void ThumbnailCache::finished(qint64 assetId, int generation, const ThumbnailResult &result)
{
    m_inFlight.remove(assetId);
    if (generation == m_generation) {
        if (result.image.isNull()) {
            m_noImage.insert(assetId, result.error);
        } else {
            const QImage &image = result.image;
            m_cache.insert(assetId, new QPixmap(QPixmap::fromImage(image)), qint64(image.width()) * image.height() * 4);
        }
        Q_EMIT ready(assetId);
    }
    pump();
}

void ThumbnailCache::keepOnly(const std::function<bool(qint64)> &isNear)
{
    const QList<qint64> keys = m_cache.keys();
    for (qint64 key : keys) {
        if (!isNear(key))
            m_cache.remove(key);
    }
}

void ThumbnailCache::clear()
{
    ++m_generation;
    m_cache.clear();
    m_noImage.clear();
    m_wanted.clear();
    m_wantedIds.clear();
    m_queue.clear();
    m_inFlight.clear();
}

} // namespace tagsmith
