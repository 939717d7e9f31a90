#pragma once

#include "media/thumbnailer.h"
#include "thumbnailrequest.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace tagsmith {

// View-side thumbnail memory: pixmaps costed in bytes, rendered on a thread pool.
// Requests come from painting, so what is visible is asked for first; they are
// collected until painting pauses (scrolling), and what scrolled away is never started.
class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailCache(qint64 maxBytes = 96LL << 20, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The pixmap when it is ready; otherwise queues the request and returns nullptr.
    const QPixmap *thumbnail(const ThumbnailRequest &request);
    // True once rendering finished without a picture (placeholder, or failure reason).
    bool isSettled(qint64 assetId) const { return m_noImage.contains(assetId); }
    QString failure(qint64 assetId) const { return m_noImage.value(assetId); }

    // Drops cached pixmaps the predicate calls far away, and forgets everything on a new list.
    void keepOnly(const std::function<bool(qint64 assetId)> &isNear);
    void clear();

    int pendingCount() const { return int(m_wanted.size() + m_queue.size() + m_inFlight.size()); }
    qint64 cachedBytes() const { return m_cache.totalCost(); }

Q_SIGNALS:
    void ready(qint64 assetId);

private:
    void startQueued();
    void pump();
    void finished(qint64 assetId, int generation, const ThumbnailResult &result);

    QCache<qint64, QPixmap> m_cache;
    QHash<qint64, QString> m_noImage;
    QList<ThumbnailRequest> m_wanted;     // asked for since the last pause, in paint order
    QSet<qint64> m_wantedIds;
    QList<ThumbnailRequest> m_queue;
    QSet<qint64> m_inFlight;
    QTimer m_debounce;
    const Thumbnailer m_thumbnailer;   // thread-safe: shared by the pool's workers
    QThreadPool m_pool;
    int m_generation = 0;
};

} // namespace tagsmith
