#include "browsequeries.h"

#include "assetrepository.h"
#include "folderrepository.h"
#include "sql.h"

#include <QCoreApplication>
#include <QHash>

namespace tagsmith {
namespace {

QString orderBy(AssetSort sort)
{
    switch (sort) {
    case AssetSort::Name: return QStringLiteral("name COLLATE NOCASE, path");
    case AssetSort::Date: return QStringLiteral("mtime DESC, path");
    case AssetSort::Size: return QStringLiteral("size DESC, path");
    case AssetSort::Type: return QStringLiteral("kind, mime, name COLLATE NOCASE, path");
    }
    return QStringLiteral("path");
}

} // namespace

Result<QList<FolderNode>> BrowseQueries::folderTree() const
{
    FolderRepository repository(m_db);
    auto folders = repository.folders();
    if (!folders)
        return Error{folders.error()};
    auto counts = repository.assetCounts();
    if (!counts)
        return Error{counts.error()};

    QList<FolderNode> nodes;
    nodes.reserve(folders.value().size());
    QHash<qint64, qsizetype> indexById;
    for (const FolderRecord &folder : folders.value()) {
        const int direct = counts.value().value(folder.id);
        indexById.insert(folder.id, nodes.size());
        nodes << FolderNode{folder.id, folder.parentId, folder.path, folder.name, direct, direct};
    }
    // Folders come ordered by path, so every child sorts after its parent: walking backwards
    // adds each finished subtree to its parent exactly once.
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) {
        const auto parent = indexById.constFind(nodes[i].parentId);
        if (nodes[i].parentId != 0 && parent != indexById.constEnd())
            nodes[parent.value()].recursiveCount += nodes[i].recursiveCount;
    }
    return nodes;
}

Result<QList<AssetSummary>> BrowseQueries::assetsUnder(const QString &folderPath, AssetSort sort) const
{
    QString statement = QStringLiteral(
        "SELECT id, path, name, size, mtime, kind, mime, status, error, duration, pages FROM assets");
    QVariantList values;
    if (!folderPath.isEmpty()) {
        // Range bounds instead of LIKE, so '%' and '_' in folder names are harmless.
        const QString prefix = folderPath.endsWith(QLatin1Char('/')) ? folderPath : folderPath + QLatin1Char('/');
        statement += QStringLiteral(" WHERE path >= ? AND path < ?");
        values << prefix << prefix + QChar(0xFFFF);
    }
    statement += QStringLiteral(" ORDER BY ") + orderBy(sort);
    auto query = sql::exec(m_db, statement, values);
    if (!query)
        return Error{query.error()};
    QList<AssetSummary> assets;
    QSqlQuery &q = query.value();
    while (q.next()) {
        AssetSummary asset;
        asset.id = q.value(0).toLongLong();
        asset.path = q.value(1).toString();
        asset.name = q.value(2).toString();
        asset.size = q.value(3).toLongLong();
        asset.mtime = q.value(4).toLongLong();
        asset.kind = kindFromName(q.value(5).toString());
        asset.mime = q.value(6).toString();
        asset.status = statusFromName(q.value(7).toString());
        asset.error = q.value(8).toString();
        asset.durationSec = q.value(9).toDouble();
        asset.pages = q.value(10).toInt();
        assets << asset;
    }
    return assets;
}

Result<AssetDetails> BrowseQueries::details(qint64 assetId) const
{
    auto asset = AssetRepository(m_db).findById(assetId);
    if (!asset)
        return Error{asset.error()};
    if (!asset.value())
        return Error{QCoreApplication::translate("catalog", "the asset %1 is no longer in the catalog").arg(assetId)};
    auto tags = TagRepository(m_db).tagsOf(assetId);
    if (!tags)
        return Error{tags.error()};
    return AssetDetails{*asset.value(), tags.value()};
}

} // namespace tagsmith
