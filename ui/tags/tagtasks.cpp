#include "tagtasks.h"

#include "catalog/sql.h"
#include "metadata/catalogio/sidecartags.h"
#include "metadata/sidecarqueue.h"

namespace tagsmith {

TagTasks::TagTasks(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);   // one at a time: edits and their undos stay in order
    m_pool.setObjectName(QStringLiteral("tag tasks"));
}

TagTasks::~TagTasks()
{
    m_pool.waitForDone();
}

void TagTasks::setCatalog(const CatalogPtr &catalog)
{
    m_catalog = catalog;
    m_sidecars = std::make_unique<SidecarQueue>(SidecarTags::fromCatalog(catalog, false));
    connect(m_sidecars.get(), &SidecarQueue::failed, this,
            [this](const QString &, const QString &message) { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

void TagTasks::loadCounts(std::function<void(const QList<TagCount> &)> done)
{
    if (!m_catalog)
        return;
    run<QList<TagCount>>([catalog = m_catalog] { return TaxonomyCounts::load(catalog->connection()); }, std::move(done));
}

void TagTasks::editAssets(TagEditKind kind, const QList<qint64> &assetIds, const QStringList &tags,
                          std::function<void(const TagEditOutcome &)> done)
{
    if (!m_catalog)
        return;
    run<TagEditOutcome>([catalog = m_catalog, kind, assetIds, tags] { return TagEdits(catalog).applyAll(kind, assetIds, tags); },
                        [this, kind, done = std::move(done)](const TagEditOutcome &outcome) {
                            queueSidecars(TagEdits::forwardOf(outcome.inverse, kind));
                            if (done)
                                done(outcome);
                            Q_EMIT changed();
                        });
}

void TagTasks::applyChanges(const QList<TagChange> &changes, std::function<void()> done)
{
    if (!m_catalog)
        return;
    run<Done>([catalog = m_catalog, changes] { return TagEdits(catalog).applyChanges(changes); },
              [this, changes, done = std::move(done)](const Done &) {
                  queueSidecars(changes);
                  if (done)
                      done();
                  Q_EMIT changed();
              });
}

void TagTasks::renameTag(const QString &from, const QString &to, std::shared_ptr<TaxonomyInverse> inverse,
                         std::function<void(const TaxonomyOutcome &)> done)
{
    if (!m_catalog)
        return;
    run<TaxonomyOutcome>([catalog = m_catalog, from, to, inverse] {
        auto renamed = TaxonomyEdits(catalog).rename(from, to);
        if (renamed)
            *inverse = renamed.value().inverse;
        return renamed;
    }, [this, done = std::move(done)](const TaxonomyOutcome &outcome) { taxonomyDone(outcome, done); });
}

void TagTasks::mergeTag(const QString &from, const QString &into, std::shared_ptr<TaxonomyInverse> inverse,
                        std::function<void(const TaxonomyOutcome &)> done)
{
    if (!m_catalog)
        return;
    run<TaxonomyOutcome>([catalog = m_catalog, from, into, inverse] {
        auto merged = TaxonomyEdits(catalog).merge(from, into);
        if (merged)
            *inverse = merged.value().inverse;
        return merged;
    }, [this, done = std::move(done)](const TaxonomyOutcome &outcome) { taxonomyDone(outcome, done); });
}

void TagTasks::undoTaxonomy(std::shared_ptr<const TaxonomyInverse> inverse, std::function<void(const TaxonomyOutcome &)> done)
{
    if (!m_catalog)
        return;
    run<TaxonomyOutcome>([catalog = m_catalog, inverse] { return TaxonomyEdits(catalog).undo(*inverse); },
                         [this, done = std::move(done)](const TaxonomyOutcome &outcome) { taxonomyDone(outcome, done); });
}

void TagTasks::taxonomyDone(const TaxonomyOutcome &outcome, const std::function<void(const TaxonomyOutcome &)> &done)
{
    queueSidecars(outcome.sidecars);
    if (done)
        done(outcome);
    Q_EMIT changed();
}

void TagTasks::queueSidecars(const QList<SidecarRewrite> &rewrites)
{
    if (!m_sidecars || !TagEdits::sidecarsEnabled())
        return;
    for (const SidecarRewrite &rewrite : rewrites)
        m_sidecars->enqueue(rewrite.path, rewrite.removed);
}

void TagTasks::queueSidecars(const QList<TagChange> &changes)
{
    if (!m_sidecars || changes.isEmpty() || !TagEdits::sidecarsEnabled())
        return;
    const QMap<qint64, QStringList> removed = TagEdits::sidecarRemovals(changes);
    // The paths are read on the task thread; the queue takes them from any thread.
    run<Done>([catalog = m_catalog, removed, sidecars = m_sidecars.get()]() -> Status {
        for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
            const QString path = sql::scalar(catalog->connection(), QStringLiteral("SELECT path FROM assets WHERE id = ?"), {it.key()}).toString();
            if (!path.isEmpty())
                sidecars->enqueue(path, it.value());
        }
        return success();
    }, {});
}

} // namespace tagsmith
