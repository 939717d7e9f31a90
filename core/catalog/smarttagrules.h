#pragma once

#include "tagrepository.h"
#include "util/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>

namespace tagsmith {

// Why a stored smart tag does or does not count.
enum class SmartTagStanding {
    Applied,          // promoted, or active at or above its threshold and not silenced
    Deleted,          // the user deleted it on this asset
    BelowThreshold,   // a stored candidate
    Blocked,          // a generic label on the block list
    FolderDisabled,   // a generic label in a folder with generic labels off
};

// When a smart tag counts as applied, read once from the catalog: every model's threshold,
// the generic thresholds, the generic block list and the folders with generic labels off.
// Nothing is rewritten when one of them changes, so a change shows at once and is undone
// by changing it back, with no re-run. Moderation wins: promoted always counts, deleted never.
class SmartTagRules {
public:
    static Result<SmartTagRules> load(const QSqlDatabase &db);

    double threshold(const QString &model) const;
    SmartTagStanding standing(const AssetTag &tag, qint64 assetFolderId) const;
    bool applied(const AssetTag &tag, qint64 assetFolderId) const { return standing(tag, assetFolderId) == SmartTagStanding::Applied; }

    // The same rule as SQL over an asset_tags row aliased `alias` (smart rows only); the
    // values of its placeholders, in text order, are appended to `values`.
    QString sqlApplied(const QString &alias, QVariantList &values) const;

    // No active row below this confidence counts, whatever its model.
    double lowestThreshold() const;

private:
    QHash<QString, double> m_thresholds;   // by model name, generic sources included
    double m_defaultThreshold = 0.7;       // a model without a row
    QSet<QString> m_blockedLabels;         // as stored: paths or class names
    QList<qint64> m_blockedTagIds;
    QSet<qint64> m_disabledFolders;        // generic labels off
};

} // namespace tagsmith
