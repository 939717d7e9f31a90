#include "smarttagrules.h"

#include "folderrepository.h"
#include "genericlabelrepository.h"
#include "modelrepository.h"
#include "sql.h"

#include <algorithm>

namespace tagsmith {
namespace {

// Ids are integers from the catalog: inlined, they need no placeholder each (SQLite caps those).
QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

} // namespace

Result<SmartTagRules> SmartTagRules::load(const QSqlDatabase &db)
{
    SmartTagRules rules;
    rules.m_defaultThreshold = ModelRecord{}.threshold;
    auto models = ModelRepository(db).list();
    if (!models)
        return Error{models.error()};
    for (const ModelRecord &model : models.value())
        rules.m_thresholds.insert(model.name, model.threshold);
    const GenericLabelRepository generic(db);
    for (const QString &source : {GenericModels::ImageNet, GenericModels::Objects})
        rules.m_thresholds.insert(source, generic.effectiveThreshold(source));

    auto blocked = generic.blocked();
    if (!blocked)
        return Error{blocked.error()};
    for (const QString &label : blocked.value())
        rules.m_blockedLabels.insert(label);
    auto ids = sql::exec(db, QStringLiteral("SELECT id FROM tags WHERE path IN (SELECT label FROM generic_label_blocks) "
                                            "OR name IN (SELECT label FROM generic_label_blocks)"));
    if (!ids)
        return Error{ids.error()};
    while (ids.value().next())
        rules.m_blockedTagIds << ids.value().value(0).toLongLong();

    // Usually no folder turns generic labels off: skip resolving the tree (searches load these rules).
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM folders WHERE generic_labels = 'disable' LIMIT 1")).isValid())
        return rules;
    FolderRepository folders(db);
    auto all = folders.folders();
    if (!all)
        return Error{all.error()};
    auto enabled = folders.enabledFolders(FolderSwitch::GenericLabels);
    if (!enabled)
        return Error{enabled.error()};
    for (const FolderRecord &folder : all.value())
        if (!enabled.value().contains(folder.id))
            rules.m_disabledFolders.insert(folder.id);
    return rules;
}

double SmartTagRules::threshold(const QString &model) const
{
    return m_thresholds.value(model, m_defaultThreshold);
}

SmartTagStanding SmartTagRules::standing(const AssetTag &tag, qint64 assetFolderId) const
{
    if (tag.state == TagState::Promoted)
        return SmartTagStanding::Applied;
    if (tag.state == TagState::Deleted)
        return SmartTagStanding::Deleted;
    if (GenericModels::contains(tag.model)) {
        if (m_blockedLabels.contains(tag.tag) || m_blockedLabels.contains(tag.tag.section(QLatin1Char('/'), -1)))
            return SmartTagStanding::Blocked;
        if (m_disabledFolders.contains(assetFolderId))
            return SmartTagStanding::FolderDisabled;
    }
    return tag.confidence >= threshold(tag.model) ? SmartTagStanding::Applied : SmartTagStanding::BelowThreshold;
}

double SmartTagRules::lowestThreshold() const
{
    double lowest = m_defaultThreshold;
    for (double value : m_thresholds)
        lowest = std::min(lowest, value);
    return lowest;
}

QString SmartTagRules::sqlApplied(const QString &alias, QVariantList &values) const
{
    const QString x = alias + QLatin1Char('.');
    QString cases;
    for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it) {
        cases += QStringLiteral("WHEN ? THEN ? ");
        values << it.key() << it.value();
    }
    values << m_defaultThreshold;
    QString active = QStringLiteral("%1confidence >= CASE %1model %2ELSE ? END").arg(x, cases);
    QStringList silenced;
    if (!m_blockedTagIds.isEmpty())
        silenced << QStringLiteral("%1tag_id IN (%2)").arg(x, idList(m_blockedTagIds));
    if (!m_disabledFolders.isEmpty())
        silenced << QStringLiteral("(SELECT folder_id FROM assets WHERE id = %1asset_id) IN (%2)").arg(x, idList(m_disabledFolders.values()));
    if (!silenced.isEmpty()) {
        active += QStringLiteral(" AND NOT (%1model IN (?, ?) AND (%2))").arg(x, silenced.join(QStringLiteral(" OR ")));
        values << GenericModels::ImageNet << GenericModels::Objects;
    }
    return QStringLiteral("(%1state = 'promoted' OR (%1state = 'active' AND %2))").arg(x, active);
}

} // namespace tagsmith
