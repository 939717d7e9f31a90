#include "sidecartags.h"

#include "catalog/smarttagrules.h"
#include "catalog/sql.h"

namespace tagsmith {

Result<QStringList> SidecarTags::forAsset(const QSqlDatabase &db, const QString &assetPath, bool includeSmart)
{
    const QVariant assetId = sql::scalar(db, QStringLiteral("SELECT id FROM assets WHERE path = ?"), {assetPath});
    if (!assetId.isValid())
        return Error{tr("not in the catalog: %1").arg(assetPath)};
    // Smart tags travel when they count as applied (SmartTagRules: thresholds, blocked generic labels).
    QVariantList values{assetId};
    QString smart = QStringLiteral("0");
    if (includeSmart) {
        auto rules = SmartTagRules::load(db);
        if (!rules)
            return Error{rules.error()};
        smart = QStringLiteral("(at.source = 'smart' AND %1)").arg(rules.value().sqlApplied(QStringLiteral("at"), values));
    }
    auto query = sql::exec(db, QStringLiteral(
        "SELECT t.path FROM asset_tags at JOIN tags t ON t.id = at.tag_id "
        "WHERE at.asset_id = ? AND ("
        "  (at.source = 'manual' AND at.state = 'active') OR at.state = 'promoted' OR %1) "
        "ORDER BY at.source = 'smart', t.path").arg(smart),
        values);
    if (!query)
        return Error{query.error()};
    QStringList tags;
    while (query.value().next()) {
        const QString path = query.value().value(0).toString();
        if (!tags.contains(path))
            tags << path;
    }
    return tags;
}

SidecarQueue::TagSource SidecarTags::fromCatalog(CatalogPtr catalog, bool includeSmart)
{
    return [catalog = std::move(catalog), includeSmart](const QString &assetPath) {
        return forAsset(catalog->connection(), assetPath, includeSmart);
    };
}

} // namespace tagsmith
