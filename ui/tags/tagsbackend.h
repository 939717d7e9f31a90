#pragma once

#include "catalog/catalog.h"
#include "tagedit.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace tagsmith {

class SidecarQueue;

// Lives on the Manage Tags dialog's worker thread: reads the selection's tags and applies
// edits, each in one transaction, answering with values over queued signals. Changed assets
// are queued for their XMP sidecars unless the `metadata/writeSidecars` setting is off.
class TagsBackend : public QObject {
    Q_OBJECT
public:
    TagsBackend(CatalogPtr catalog, QList<qint64> assetIds, QStringList assetPaths);
    ~TagsBackend() override;

    void load();
    // `description` comes back with edited() for the dialog's status line and Undo tooltip.
    void edit(tagsmith::TagEditKind kind, const QString &tag, const QString &description);
    void undo(const QList<tagsmith::TagChange> &inverse, const QString &description);
    // Puts a generic label on the catalog-wide block list (the Models view unblocks it), then reloads.
    void blockEverywhere(const QString &label);

Q_SIGNALS:
    void loaded(const tagsmith::SelectionTags &tags);
    // `inverse` undoes the edit; empty when it changed nothing.
    void edited(const QList<tagsmith::TagChange> &inverse, const QString &description);
    void undone(const QString &description);
    void labelBlocked(const QString &label);
    void failed(const QString &message);

private:
    void queueSidecars(const QList<TagChange> &changes);

    CatalogPtr m_catalog;
    QList<qint64> m_ids;
    QHash<qint64, QString> m_pathOf;
    std::unique_ptr<SidecarQueue> m_sidecars;   // created on this thread at the first edit
};

} // namespace tagsmith
