#include "tagsbackend.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/sql.h"
#include "metadata/catalogio/sidecartags.h"
#include "metadata/sidecarqueue.h"

#include <QMap>
#include <QSettings>

namespace tagsmith {

TagsBackend::TagsBackend(CatalogPtr catalog, QList<qint64> assetIds, QStringList assetPaths)
    : m_catalog(std::move(catalog)), m_ids(std::move(assetIds))
{
    for (qsizetype i = 0; i < m_ids.size() && i < assetPaths.size(); ++i)
        m_pathOf.insert(m_ids.at(i), assetPaths.at(i));
}

TagsBackend::~TagsBackend() = default;   // the sidecar queue writes what is pending

void TagsBackend::load()
{
    TagRepository tags(m_catalog->connection());
    auto rules = SmartTagRules::load(m_catalog->connection());
    if (!rules) {
        Q_EMIT failed(rules.error());
        return;
    }
    SelectionTags merged;
    QMap<QString, SelectionTags::Smart> smart;
    QMap<QString, int> manual;
    for (qint64 id : std::as_const(m_ids)) {
        auto ofAsset = tags.tagsOf(id);
        if (!ofAsset) {
            Q_EMIT failed(ofAsset.error());
            return;
        }
        const qint64 folderId = sql::scalar(m_catalog->connection(), QStringLiteral("SELECT folder_id FROM assets WHERE id = ?"), {id}).toLongLong();
        for (const AssetTag &tag : ofAsset.value()) {
            if (tag.source == TagSource::Manual) {
                ++manual[tag.tag];
                continue;
            }
            const SmartTagStanding standing = rules.value().standing(tag, folderId);
            auto row = smart.find(tag.tag);
            if (row == smart.end()) {
                smart.insert(tag.tag, SelectionTags::Smart{tag.tag, tag.model, tag.version, tag.confidence, tag.state, false,
                                                           rules.value().threshold(tag.model), standing, GenericModels::contains(tag.model), 1});
                continue;
            }
            ++row->assets;
            if (tag.confidence > row->confidence) {
                row->model = tag.model;
                row->version = tag.version;
                row->confidence = tag.confidence;
                row->threshold = rules.value().threshold(tag.model);
                row->standing = standing;
                row->generic = GenericModels::contains(tag.model);
            }
            if (tag.state != row->state) {
                row->mixedState = true;
                if (tag.state == TagState::Active)
                    row->state = TagState::Active;
            }
        }
    }
    merged.smart = smart.values();
    std::stable_sort(merged.smart.begin(), merged.smart.end(),
                     [](const SelectionTags::Smart &a, const SelectionTags::Smart &b) { return a.confidence > b.confidence; });
    for (auto it = manual.cbegin(); it != manual.cend(); ++it)
        merged.manual << SelectionTags::Manual{it.key(), it.value()};
    auto all = tags.allTagPaths();
    if (all)
        merged.allTags = all.value();
    Q_EMIT loaded(merged);
}

Status TagsBackend::inTransaction(const std::function<Status()> &work)
{
    return sql::transaction(m_catalog->connection(), work);
}

Result<QList<TagChange>> TagsBackend::applyEdit(TagEditKind kind, const QString &tag)
{
    TagRepository tags(m_catalog->connection());
    QList<TagChange> inverse;
    for (qint64 id : std::as_const(m_ids)) {
        auto current = tags.tagsOf(id);
        if (!current)
            return Error{current.error()};
        const AssetTag *manual = nullptr;
        const AssetTag *smart = nullptr;
        for (const AssetTag &existing : current.value()) {
            if (existing.tag == tag)
                (existing.source == TagSource::Manual ? manual : smart) = &existing;
        }
        Status status = success();
        switch (kind) {
        case TagEditKind::AddManual:
            if (manual)
                continue;
            status = tags.addManualTag(id, tag);
            inverse << TagChange{TagChange::RemoveManual, id, tag, TagState::Active};
            break;
        case TagEditKind::RemoveManual:
            if (!manual)
                continue;
            if (auto removed = tags.removeManualTag(id, tag); !removed)
                status = Error{removed.error()};
            inverse << TagChange{TagChange::AddManual, id, tag, TagState::Active};
            break;
        case TagEditKind::DeleteSmart:
        case TagEditKind::PromoteSmart: {
            const TagState wanted = kind == TagEditKind::DeleteSmart ? TagState::Deleted : TagState::Promoted;
            if (!smart || smart->state == wanted)
                continue;
            status = tags.moderate(id, tag, wanted);
            inverse << TagChange{TagChange::SetState, id, tag, smart->state};
            break;
        }
        }
        if (!status)
            return Error{status.error()};
    }
    return inverse;
}

Status TagsBackend::applyChanges(const QList<TagChange> &changes)
{
    TagRepository tags(m_catalog->connection());
    for (const TagChange &change : changes) {
        Status status = success();
        switch (change.kind) {
        case TagChange::AddManual: status = tags.addManualTag(change.assetId, change.tag); break;
        case TagChange::RemoveManual:
            if (auto removed = tags.removeManualTag(change.assetId, change.tag); !removed)
                status = Error{removed.error()};
            break;
        case TagChange::SetState: status = tags.moderate(change.assetId, change.tag, change.state); break;
        }
        if (!status)
            return status;
    }
    return success();
}

void TagsBackend::blockEverywhere(const QString &label)
{
    if (Status status = inTransaction([&] { return GenericLabelRepository(m_catalog->connection()).block({label}); }); !status) {
        Q_EMIT failed(status.error());
        return;
    }
    Q_EMIT labelBlocked(label);
    load();
}

void TagsBackend::edit(TagEditKind kind, const QString &tag, const QString &description)
{
    const QString path = normaliseTagPath(tag);
    if (path.isEmpty()) {
        Q_EMIT failed(tr("A tag needs a name."));
        return;
    }
    QList<TagChange> inverse;
    Status status = inTransaction([&] {
        auto applied = applyEdit(kind, path);
        if (!applied)
            return Status(Error{applied.error()});
        inverse = applied.value();
        return success();
    });
    if (!status) {
        Q_EMIT failed(status.error());
        return;
    }
    // The sidecars follow what changed: the inverse names the same assets and tags.
    QList<TagChange> forward = inverse;
    for (TagChange &change : forward) {
        if (change.kind == TagChange::AddManual)
            change.kind = TagChange::RemoveManual;
        else if (change.kind == TagChange::RemoveManual)
            change.kind = TagChange::AddManual;
        else
            change.state = kind == TagEditKind::DeleteSmart ? TagState::Deleted : TagState::Promoted;
    }
    queueSidecars(forward);
    Q_EMIT edited(inverse, description);
    load();
}

void TagsBackend::undo(const QList<TagChange> &inverse, const QString &description)
{
    Status status = inTransaction([&] { return applyChanges(inverse); });
    if (!status) {
        Q_EMIT failed(status.error());
        return;
    }
    queueSidecars(inverse);
    Q_EMIT undone(description);
    load();
}

void TagsBackend::queueSidecars(const QList<TagChange> &changes)
{
    if (changes.isEmpty() || !QSettings().value(QStringLiteral("metadata/writeSidecars"), true).toBool())
        return;
    if (!m_sidecars) {
        m_sidecars = std::make_unique<SidecarQueue>(SidecarTags::fromCatalog(m_catalog, false));
        connect(m_sidecars.get(), &SidecarQueue::failed, this,
                [this](const QString &, const QString &message) { Q_EMIT failed(message); }, Qt::QueuedConnection);
    }
    // A tag no longer manual or promoted must also leave the sidecar; other keywords there are kept.
    QMap<qint64, QStringList> removed;
    for (const TagChange &change : changes) {
        QStringList &tags = removed[change.assetId];
        if (change.kind == TagChange::RemoveManual || (change.kind == TagChange::SetState && change.state != TagState::Promoted))
            tags << change.tag;
    }
    for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
        const QString path = m_pathOf.value(it.key());
        if (!path.isEmpty())
            m_sidecars->enqueue(path, it.value());
    }
}

} // namespace tagsmith
