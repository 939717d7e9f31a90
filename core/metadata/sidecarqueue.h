#pragma once

#include "sidecarwriter.h"
#include "util/result.h"

#include <QMutex>
#include <QObject>
#include <QHash>
#include <QStringList>
#include <QThread>

#include <chrono>
#include <functional>

class QTimer;

namespace tagsmith {

// Defers and batches sidecar writes: tag edits enqueue asset paths from any thread, and a
// worker thread writes them `delay` after the first pending one (a burst of edits on one asset
// becomes one write), or at once on flush(). The tags to write are asked for at write time,
// on the worker thread, so the newest tags are written.
class SidecarQueue : public QObject {
    Q_OBJECT
public:
    // The tag paths to write for an asset; called on the queue's thread (a catalog-backed source
    // must use that thread's connection: see SidecarTags::fromCatalog).
    using TagSource = std::function<Result<QStringList>(const QString &assetPath)>;

    explicit SidecarQueue(TagSource source, SidecarOptions options = {},
                          std::chrono::milliseconds delay = std::chrono::milliseconds(2000), QObject *parent = nullptr);
    ~SidecarQueue() override;   // writes what is still pending, then stops the thread

    // `removedTags`: tags the user took off the asset, to be taken out of its sidecar too
    // (other keywords in the sidecar are kept; see SidecarWriter).
    void enqueue(const QString &assetPath, const QStringList &removedTags = {});
    void enqueue(const QStringList &assetPaths);
    qsizetype pendingCount() const;

    // Writes everything enqueued so far and returns when done. Safe from any thread, including
    // slots connected to this queue's signals.
    void flush();

signals:
    // Emitted on the queue's thread: connect with a queued connection to touch widgets.
    // `target` is the file written, empty when there was nothing to write.
    void written(const QString &assetPath, const QString &target);
    void failed(const QString &assetPath, const QString &message);
    void batchFinished(int written, int failed);

private:
    void writePending();

    TagSource m_source;
    SidecarOptions m_options;
    std::chrono::milliseconds m_delay;
    QThread m_thread;
    QTimer *m_timer = nullptr;      // lives on m_thread
    mutable QMutex m_mutex;
    QStringList m_pending;          // in arrival order
    QHash<QString, QStringList> m_removed;   // per pending path
    bool m_armed = false;
};

} // namespace tagsmith
