#pragma once

#include "catalog/catalog.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace tagsmith {

// Runs the persistent job queue (thumbnails, document text, smart tags) on its own thread
// while the app is open: kicked after the catalog opens and after every import. Lives on a
// WorkerThread; stop() is safe from any thread and ends a running pass within one batch.
class ProcessingService : public QObject {
    Q_OBJECT
public:
    ProcessingService(CatalogPtr catalog, QString modelsDir);

    // Processes until the queue is idle.
    void run();
    void stop() { m_stop = true; }

Q_SIGNALS:
    void progress(int done, int remaining, const QString &kind);
    void smartTagsOff(const QString &reason);
    void idle(int done, int failed);

private:
    CatalogPtr m_catalog;
    QString m_modelsDir;
    std::atomic<bool> m_stop{false};
};

} // namespace tagsmith
