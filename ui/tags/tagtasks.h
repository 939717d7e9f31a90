#pragma once

#include "catalog/catalog.h"
#include "services/tagedits.h"
#include "services/taxonomycounts.h"
#include "services/taxonomyedits.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace tagsmith {

class SidecarQueue;

// The tag panel's and batch tagging's catalog work, on one thread this object owns: edits run
// in the order asked (an undo never overtakes its edit), each through the services layer, and
// the changed assets' sidecars are queued. `done` callbacks run on the GUI thread.
class TagTasks : public QObject {
    Q_OBJECT
public:
    explicit TagTasks(QObject *parent = nullptr);
    ~TagTasks() override;

    void setCatalog(const CatalogPtr &catalog);
    bool ready() const { return bool(m_catalog); }

    void loadCounts(std::function<void(const QList<TagCount> &)> done);
    void editAssets(TagEditKind kind, const QList<qint64> &assetIds, const QStringList &tags,
                    std::function<void(const TagEditOutcome &)> done);
    // Applies recorded changes: an edit's inverse (undo) or its forward changes (redo).
    void applyChanges(const QList<TagChange> &changes, std::function<void()> done = {});
    // The edit's inverse is written to `inverse` on the task thread, and undoTaxonomy() reads it
    // there: an undo queued right behind a redo (quick Ctrl+Shift+Z, Ctrl+Z) gets the redo's inverse.
    void renameTag(const QString &from, const QString &to, std::shared_ptr<TaxonomyInverse> inverse,
                   std::function<void(const TaxonomyOutcome &)> done);
    void mergeTag(const QString &from, const QString &into, std::shared_ptr<TaxonomyInverse> inverse,
                  std::function<void(const TaxonomyOutcome &)> done);
    void undoTaxonomy(std::shared_ptr<const TaxonomyInverse> inverse, std::function<void(const TaxonomyOutcome &)> done = {});

    // Waits for the queued tasks (tests, and the owner before it goes).
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    // An edit changed the catalog: counts and shown tags are stale.
    void changed();
    void failed(const QString &message);

private:
    template <typename T, typename Work>
    void run(Work work, std::function<void(const T &)> done)
    {
        auto *watcher = new QFutureWatcher<Result<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
            const Result<T> result = watcher->result();
            watcher->deleteLater();
            if (!result) {
                Q_EMIT failed(result.error());
                return;
            }
            if (done)
                done(result.value());
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
    }
    void queueSidecars(const QList<SidecarRewrite> &rewrites);
    void queueSidecars(const QList<TagChange> &changes);
    void taxonomyDone(const TaxonomyOutcome &outcome, const std::function<void(const TaxonomyOutcome &)> &done);

    CatalogPtr m_catalog;
    std::unique_ptr<SidecarQueue> m_sidecars;   // writes what is pending when it goes, after the pool
    // Its own thread, not Qt's global pool: destroying this waits for the running task.
    QThreadPool m_pool;
};

} // namespace tagsmith
