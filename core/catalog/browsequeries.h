#pragma once

#include "assetrecord.h"
#include "tagrepository.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tagsmith {

// One folder of the browse tree with its asset counts. Plain value: crosses threads.
struct FolderNode {
    qint64 id = 0;
    qint64 parentId = 0;        // 0 for a root's own folder
    QString path;
    QString name;
    int directCount = 0;        // assets directly in this folder
    int recursiveCount = 0;     // assets in this folder and every folder below it
};

// What a grid cell needs, and nothing more: 100 000 of these must load fast.
struct AssetSummary {
    qint64 id = 0;
    QString path;
    QString name;
    qint64 size = 0;
    qint64 mtime = 0;
    AssetKind kind = AssetKind::Other;
    QString mime;
    AssetStatus status = AssetStatus::Ok;
    QString error;
    double durationSec = 0.0;
    int pages = 0;
};

enum class AssetSort { Name, Date, Size, Type };

// One asset with its tags, for the properties panel.
struct AssetDetails {
    AssetRecord asset;
    QList<AssetTag> tags;
};

// Read-only queries behind the browse window. Runs on the caller's thread and connection.
class BrowseQueries {
public:
    explicit BrowseQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every folder, parents before children, with direct and recursive counts.
    Result<QList<FolderNode>> folderTree() const;
    // Assets in `folderPath` and below it (every asset when the path is empty).
    Result<QList<AssetSummary>> assetsUnder(const QString &folderPath, AssetSort sort) const;
    Result<AssetDetails> details(qint64 assetId) const;

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
