#include "catalogloader.h"

namespace tagsmith {

CatalogLoader::CatalogLoader(QString catalogPath) : m_path(std::move(catalogPath)) {}

void CatalogLoader::open()
{
    auto catalog = Catalog::open(m_path);
    if (!catalog) {
        Q_EMIT failed(catalog.error());
        return;
    }
    m_catalog = catalog.value();
    Q_EMIT opened(m_catalog);
}

void CatalogLoader::loadFolders()
{
    if (!m_catalog)
        return;
    auto folders = BrowseQueries(m_catalog->connection()).folderTree();
    if (!folders) {
        Q_EMIT failed(folders.error());
        return;
    }
    Q_EMIT foldersLoaded(folders.value());
}

void CatalogLoader::loadAssets(int request, const QString &folderPath, AssetSort sort)
{
    if (!m_catalog)
        return;
    auto assets = BrowseQueries(m_catalog->connection()).assetsUnder(folderPath, sort);
    if (!assets) {
        Q_EMIT failed(assets.error());
        return;
    }
    Q_EMIT assetsLoaded(request, assets.value());
}

void CatalogLoader::loadDetails(qint64 assetId)
{
    if (!m_catalog)
        return;
    auto details = BrowseQueries(m_catalog->connection()).details(assetId);
    if (!details) {
        Q_EMIT failed(details.error());
        return;
    }
    ExifInfo exif;
    if (details.value().asset.media.kind == AssetKind::Image && details.value().asset.status == AssetStatus::Ok) {
        // Broken metadata is the same as none for this panel.
        if (auto read = ExifReader::read(details.value().asset.path))
            exif = read.value();
    }
    Q_EMIT detailsLoaded(details.value(), exif);
    if (details.value().asset.media.kind == AssetKind::Video)
        if (auto video = loadVideoTagSummary(m_catalog->connection(), assetId))
            Q_EMIT videoTagsLoaded(video.value());
}

} // namespace tagsmith
