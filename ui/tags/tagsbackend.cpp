#include "tagsbackend.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/sql.h"
#include "metadata/catalogio/sidecartags.h"
#include "metadata/sidecarqueue.h"

#include <QMap>

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

void TagsBackend::blockEverywhere(const QString &label)
{
    if (Status status = sql::transaction(m_catalog->connection(), [&] { return GenericLabelRepository(m_catalog->connection()).block({label}); });
        !status) {
        Q_EMIT failed(status.error());
        return;
    }
    Q_EMIT labelBlocked(label);
    load();
}

void TagsBackend::edit(TagEditKind kind, const QString &tag, const QString &description)
{
    auto applied = TagEdits(m_catalog).apply(kind, m_ids, tag);
    if (!applied) {
        Q_EMIT failed(applied.error());
        return;
    }
    const QList<TagChange> &inverse = applied.value().inverse;
    queueSidecars(TagEdits::forwardOf(inverse, kind));
    Q_EMIT edited(inverse, description);
    load();
}

void TagsBackend::undo(const QList<TagChange> &inverse, const QString &description)
{
    if (Status status = TagEdits(m_catalog).applyChanges(inverse); !status) {
        Q_EMIT failed(status.error());
        return;
    }
    queueSidecars(inverse);
    Q_EMIT undone(description);
    load();
}

void TagsBackend::queueSidecars(const QList<TagChange> &changes)
{
    if (changes.isEmpty() || !TagEdits::sidecarsEnabled())
        return;
    if (!m_sidecars) {
        m_sidecars = std::make_unique<SidecarQueue>(SidecarTags::fromCatalog(m_catalog, false));
        connect(m_sidecars.get(), &SidecarQueue::failed, this,
                [this](const QString &, const QString &message) { Q_EMIT failed(message); }, Qt::QueuedConnection);
    }
    const QMap<qint64, QStringList> removed = TagEdits::sidecarRemovals(changes);
    for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
        const QString path = m_pathOf.value(it.key());
        if (!path.isEmpty())
            m_sidecars->enqueue(path, it.value());
    }
}

} // namespace tagsmith
