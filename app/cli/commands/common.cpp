#include "common.h"

#include "catalog/assetrepository.h"

#include <QFileInfo>

namespace tagsmith::cli {

CatalogPtr openCatalog(CliContext &context)
{
    auto catalog = Catalog::open(context.catalogPath);
    if (!catalog) {
        context.err << catalog.error() << '\n';
        return nullptr;
    }
    return catalog.value();
}

std::optional<AssetRecord> findAsset(CliContext &context, const CatalogPtr &catalog, const QString &path)
{
    AssetRepository assets(catalog->connection());
    // The catalog stores paths with the folder part canonical; try that first, then as typed.
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    for (const QString &candidate : {folder + QLatin1Char('/') + info.fileName(), info.absoluteFilePath()}) {
        auto found = assets.findByPath(candidate);
        if (!found) {
            context.err << found.error() << '\n';
            return std::nullopt;
        }
        if (found.value())
            return found.value();
    }
    context.err << tr("not in the catalog: %1").arg(path) << '\n';
    return std::nullopt;
}

QJsonObject assetJson(const AssetRecord &asset)
{
    QJsonObject object{
        {QStringLiteral("path"), asset.path},
        {QStringLiteral("kind"), kindName(asset.media.kind)},
        {QStringLiteral("mime"), asset.media.mime},
        {QStringLiteral("status"), statusName(asset.status)},
        {QStringLiteral("error"), asset.media.error.isEmpty() ? QJsonValue() : QJsonValue(asset.media.error)},
    };
    return object;
}

} // namespace tagsmith::cli
