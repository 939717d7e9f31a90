#include "sidecartags.h"

#include "catalog/sql.h"

namespace tagsmith {

Result<QStringList> SidecarTags::forAsset(const QSqlDatabase &db, const QString &assetPath, bool includeSmart)
{
    const QVariant assetId = sql::scalar(db, QStringLiteral("SELECT id FROM assets WHERE path = ?"), {assetPath});
    if (!assetId.isValid())
        return Error{tr("not in the catalog: %1").arg(assetPath)};
    auto query = sql::exec(db, QStringLiteral(
        "SELECT t.path FROM asset_tags at JOIN tags t ON t.id = at.tag_id "
        "LEFT JOIN models m ON m.name = at.model "
        "WHERE at.asset_id = ? AND ("
        "  (at.source = 'manual' AND at.state = 'active') OR at.state = 'promoted' "
        "  OR (? AND at.source = 'smart' AND at.state = 'active' AND at.confidence >= COALESCE(m.threshold, 0.7))) "
        "ORDER BY at.source = 'smart', t.path"),
        {assetId, includeSmart});
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
