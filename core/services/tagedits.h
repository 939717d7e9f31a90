#pragma once

#include "catalog/catalog.h"
#include "catalog/tagrepository.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tagsmith {

// What a user asks of a set of assets: by hand in the Manage Tags dialog or with the CLI's
// `tag add|remove` and `moderate`.
enum class TagEditKind { AddManual, RemoveManual, DeleteSmart, PromoteSmart };

// One asset-level change, as recorded for undo: applying the list of inverses of an edit puts
// the catalog back as it was before it.
struct TagChange {
    enum Kind { AddManual, RemoveManual, SetState };
    Kind kind = AddManual;
    qint64 assetId = 0;
    QString tag;
    TagState state = TagState::Active;   // SetState only
};

struct TagEditOutcome {
    QString tag;                  // normalised
    QList<TagChange> inverse;     // undoes the edit; empty when it changed nothing
    QList<qint64> lacking;        // assets without the tag to remove, delete or promote
};

// The one place manual tag edits and moderation are applied, so the app and the CLI follow the
// same rules: tag paths normalised, each edit one transaction over all its assets, an edit that
// is already so changes nothing, and sidecars follow what changed.
class TagEdits {
public:
    explicit TagEdits(CatalogPtr catalog);

    Result<TagEditOutcome> apply(TagEditKind kind, const QList<qint64> &assetIds, const QString &tag);
    // Several tags over the same assets in one transaction (batch tagging by typing): one
    // outcome whose `tag` lists the normalised tags joined by ", " and whose inverse undoes all.
    Result<TagEditOutcome> applyAll(TagEditKind kind, const QList<qint64> &assetIds, const QStringList &tags);
    // Applies recorded changes (an edit's inverse, to undo it) in one transaction.
    Status applyChanges(const QList<TagChange> &changes);

    // The changes an edit made, from its inverse: what its sidecars must follow.
    static QList<TagChange> forwardOf(const QList<TagChange> &inverse, TagEditKind kind);
    // Per asset, the tags that must leave its sidecar after `changes`: a tag no longer manual or
    // promoted; the sidecar's other keywords are kept.
    static QMap<qint64, QStringList> sidecarRemovals(const QList<TagChange> &changes);
    // The `metadata/writeSidecars` setting (on unless turned off), read by both front ends.
    static bool sidecarsEnabled();

private:
    static Status applyTag(TagRepository &tags, TagEditKind kind, const QList<qint64> &assetIds, const QString &tag,
                           TagEditOutcome &outcome);
    Status applyOne(TagRepository &tags, const TagChange &change);

    CatalogPtr m_catalog;
};

} // namespace tagsmith

Q_DECLARE_METATYPE(tagsmith::TagChange)
