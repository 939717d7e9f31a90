#include "sidecarqueue.h"

#include <QMutexLocker>
#include <QTimer>

namespace tagsmith {

SidecarQueue::SidecarQueue(TagSource source, SidecarOptions options, std::chrono::milliseconds delay, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_options(options), m_delay(delay)
{
    m_thread.setObjectName(QStringLiteral("SidecarQueue"));
    m_timer = new QTimer;
    m_timer->setSingleShot(true);
    m_timer->moveToThread(&m_thread);
    connect(m_timer, &QTimer::timeout, m_timer, [this] { writePending(); });
    m_thread.start();
}

SidecarQueue::~SidecarQueue()
{
    flush();
    m_thread.quit();
    m_thread.wait();
    // writePending() stopped the timer; with its thread finished it can go from here.
    delete m_timer;
}

void SidecarQueue::enqueue(const QString &assetPath, const QStringList &removedTags)
{
    QMutexLocker lock(&m_mutex);
    auto removed = m_removed.find(assetPath);
    if (removed == m_removed.end()) {
        m_pending << assetPath;
        removed = m_removed.insert(assetPath, {});
    }
    for (const QString &tag : removedTags)
        if (!removed->contains(tag))
            removed->append(tag);
    // The timer starts at the first pending path and is not restarted by later ones, so a
    // steady stream of edits is still written every `delay`.
    if (!m_armed) {
        m_armed = true;
        QMetaObject::invokeMethod(m_timer, [this] { m_timer->start(m_delay); }, Qt::QueuedConnection);
    }
}

void SidecarQueue::enqueue(const QStringList &assetPaths)
{
    for (const QString &path : assetPaths)
        enqueue(path);
}

qsizetype SidecarQueue::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.size();
}

void SidecarQueue::flush()
{
    if (QThread::currentThread() == &m_thread) {
        writePending();
        return;
    }
    QMetaObject::invokeMethod(m_timer, [this] { writePending(); }, Qt::BlockingQueuedConnection);
}

void SidecarQueue::writePending()
{
    m_timer->stop();
    QStringList batch;
    QHash<QString, QStringList> removed;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        removed.swap(m_removed);
        m_armed = false;
    }
    if (batch.isEmpty())
        return;
    int writtenCount = 0;
    int failedCount = 0;
    for (const QString &assetPath : std::as_const(batch)) {
        Result<QStringList> tags = m_source(assetPath);
        const Result<QString> target = tags ? SidecarWriter::write(assetPath, tags.value(), m_options, removed.value(assetPath))
                                            : Result<QString>(Error{tags.error()});
        if (target) {
            ++writtenCount;
            emit written(assetPath, target.value());
        } else {
            ++failedCount;
            emit failed(assetPath, target.error());
        }
    }
    emit batchFinished(writtenCount, failedCount);
}

} // namespace tagsmith
