#include "tagedits.h"

#include "catalog/sql.h"

#include <QCoreApplication>
#include <QSettings>

namespace tagsmith {

TagEdits::TagEdits(CatalogPtr catalog) : m_catalog(std::move(catalog)) {}

Result<TagEditOutcome> TagEdits::apply(TagEditKind kind, const QList<qint64> &assetIds, const QString &tag)
{
    TagEditOutcome outcome;
    outcome.tag = normaliseTagPath(tag);
    if (outcome.tag.isEmpty())
        return Error{QCoreApplication::translate("TagEdits", "A tag needs a name.")};
    QSqlDatabase db = m_catalog->connection();
    Status status = sql::transaction(db, [&]() -> Status {
        // A retried transaction starts over: nothing of a rolled-back attempt is reported.
        outcome.inverse.clear();
        outcome.lacking.clear();
        TagRepository tags(db);
        for (qint64 id : assetIds) {
            auto current = tags.tagsOf(id);
            if (!current)
                return Error{current.error()};
            const AssetTag *manual = nullptr;
            const AssetTag *smart = nullptr;
            for (const AssetTag &existing : current.value()) {
                if (existing.tag == outcome.tag)
                    (existing.source == TagSource::Manual ? manual : smart) = &existing;
            }
            Status one = success();
            switch (kind) {
            case TagEditKind::AddManual:
                if (manual)
                    continue;
                one = tags.addManualTag(id, outcome.tag);
                outcome.inverse << TagChange{TagChange::RemoveManual, id, outcome.tag, TagState::Active};
                break;
            case TagEditKind::RemoveManual:
                if (!manual) {
                    outcome.lacking << id;
                    continue;
                }
                if (auto removed = tags.removeManualTag(id, outcome.tag); !removed)
                    one = Error{removed.error()};
                outcome.inverse << TagChange{TagChange::AddManual, id, outcome.tag, TagState::Active};
                break;
            case TagEditKind::DeleteSmart:
            case TagEditKind::PromoteSmart: {
                const TagState wanted = kind == TagEditKind::DeleteSmart ? TagState::Deleted : TagState::Promoted;
                if (!smart) {
                    outcome.lacking << id;
                    continue;
                }
                if (smart->state == wanted)
                    continue;
                one = tags.moderate(id, outcome.tag, wanted);
                outcome.inverse << TagChange{TagChange::SetState, id, outcome.tag, smart->state};
                break;
            }
            }
            if (!one)
                return one;
        }
        return success();
    });
    if (!status)
        return Error{status.error()};
    return outcome;
}

Status TagEdits::applyOne(TagRepository &tags, const TagChange &change)
{
    switch (change.kind) {
    case TagChange::AddManual:
        return tags.addManualTag(change.assetId, change.tag);
    case TagChange::RemoveManual:
        if (auto removed = tags.removeManualTag(change.assetId, change.tag); !removed)
            return Error{removed.error()};
        return success();
    case TagChange::SetState:
        return tags.moderate(change.assetId, change.tag, change.state);
    }
    return success();
}

Status TagEdits::applyChanges(const QList<TagChange> &changes)
{
    QSqlDatabase db = m_catalog->connection();
    return sql::transaction(db, [&]() -> Status {
        TagRepository tags(db);
        for (const TagChange &change : changes) {
            if (Status status = applyOne(tags, change); !status)
                return status;
        }
        return success();
    });
}

QList<TagChange> TagEdits::forwardOf(const QList<TagChange> &inverse, TagEditKind kind)
{
    QList<TagChange> forward = inverse;
    for (TagChange &change : forward) {
        if (change.kind == TagChange::AddManual)
            change.kind = TagChange::RemoveManual;
        else if (change.kind == TagChange::RemoveManual)
            change.kind = TagChange::AddManual;
        else
            change.state = kind == TagEditKind::DeleteSmart ? TagState::Deleted : TagState::Promoted;
    }
    return forward;
}

QMap<qint64, QStringList> TagEdits::sidecarRemovals(const QList<TagChange> &changes)
{
    QMap<qint64, QStringList> removed;
    for (const TagChange &change : changes) {
        QStringList &tags = removed[change.assetId];
        if (change.kind == TagChange::RemoveManual || (change.kind == TagChange::SetState && change.state != TagState::Promoted))
            tags << change.tag;
    }
    return removed;
}

bool TagEdits::sidecarsEnabled()
{
    return QSettings().value(QStringLiteral("metadata/writeSidecars"), true).toBool();
}

} // namespace tagsmith
