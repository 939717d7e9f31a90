#pragma once

#include "catalog/browsequeries.h"
#include "catalog/catalog.h"
#include "media/exifreader.h"
#include "videotagsummary.h"

#include <QObject>

namespace tagsmith {

// Lives on the catalog thread and answers the window's requests with plain value lists
// over queued signals, so the GUI thread never runs SQL. Call its functions through
// QMetaObject::invokeMethod with a queued connection.
class CatalogLoader : public QObject {
    Q_OBJECT
public:
    explicit CatalogLoader(QString catalogPath);

    void open();
    void loadFolders();
    void loadAssets(int request, const QString &folderPath, tagsmith::AssetSort sort);
    void loadDetails(qint64 assetId);

Q_SIGNALS:
    void opened(tagsmith::CatalogPtr catalog);
    void failed(const QString &message);
    void foldersLoaded(const QList<tagsmith::FolderNode> &folders);
    void assetsLoaded(int request, const QList<tagsmith::AssetSummary> &assets);
    // EXIF fields stay empty for files without camera metadata.
    void detailsLoaded(const tagsmith::AssetDetails &details, const tagsmith::ExifInfo &exif);
    // For a video, after detailsLoaded: its tags' time ranges and the action models.
    void videoTagsLoaded(const tagsmith::VideoTagSummary &summary);

private:
    QString m_path;
    CatalogPtr m_catalog;
};

} // namespace tagsmith
