#include "tagedits.h"

#include "catalog/sql.h"

#include <QCoreApplication>
#include <QSettings>

namespace tagsmith {

TagEdits::TagEdits(CatalogPtr catalog) : m_catalog(std::move(catalog)) {}

Result<TagEditOutcome> TagEdits::apply(TagEditKind kind, const QList<qint64> &assetIds, const QString &tag)
{
    return applyAll(kind, assetIds, {tag});
}

Result<TagEditOutcome> TagEdits::applyAll(TagEditKind kind, const QList<qint64> &assetIds, const QStringList &rawTags)
{
    QStringList normalised;
    for (const QString &raw : rawTags) {
        const QString tag = normaliseTagPath(raw);
        if (tag.isEmpty())
            return Error{QCoreApplication::translate("TagEdits", "A tag needs a name.")};
        if (!normalised.contains(tag))
            normalised << tag;
    }
    if (normalised.isEmpty())
        return Error{QCoreApplication::translate("TagEdits", "A tag needs a name.")};
    TagEditOutcome outcome;
    outcome.tag = normalised.join(QStringLiteral(", "));
    QSqlDatabase db = m_catalog->connection();
    Status status = sql::transaction(db, [&]() -> Status {
        // A retried transaction starts over: nothing of a rolled-back attempt is reported.
        outcome.inverse.clear();
        outcome.lacking.clear();
        TagRepository tags(db);
        for (const QString &tag : std::as_const(normalised))
            if (Status applied = applyTag(tags, kind, assetIds, tag, outcome); !applied)
                return applied;
        return success();
    });
    if (!status)
        return Error{status.error()};
    return outcome;
}

Status TagEdits::applyTag(TagRepository &tags, TagEditKind kind, const QList<qint64> &assetIds, const QString &tag,
                          TagEditOutcome &outcome)
{
    for (qint64 id : assetIds) {
        auto current = tags.tagsOf(id);
        if (!current)
            return Error{current.error()};
        const AssetTag *manual = nullptr;
        const AssetTag *smart = nullptr;
        for (const AssetTag &existing : current.value()) {
            if (existing.tag == tag)
                (existing.source == TagSource::Manual ? manual : smart) = &existing;
        }
        Status one = success();
        switch (kind) {
        case TagEditKind::AddManual:
            if (manual)
                continue;
            one = tags.addManualTag(id, tag);
            outcome.inverse << TagChange{TagChange::RemoveManual, id, tag, TagState::Active};
            break;
        case TagEditKind::RemoveManual:
            if (!manual) {
                if (!outcome.lacking.contains(id))
                    outcome.lacking << id;
                continue;
            }
            if (auto removed = tags.removeManualTag(id, tag); !removed)
                one = Error{removed.error()};
            outcome.inverse << TagChange{TagChange::AddManual, id, tag, TagState::Active};
            break;
        case TagEditKind::DeleteSmart:
        case TagEditKind::PromoteSmart: {
            const TagState wanted = kind == TagEditKind::DeleteSmart ? TagState::Deleted : TagState::Promoted;
            if (!smart) {
                if (!outcome.lacking.contains(id))
                    outcome.lacking << id;
                continue;
            }
            if (smart->state == wanted)
                continue;
            one = tags.moderate(id, tag, wanted);
            outcome.inverse << TagChange{TagChange::SetState, id, tag, smart->state};
            break;
        }
        }
        if (!one)
            return one;
    }
    return success();
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
