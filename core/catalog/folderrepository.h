#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tagsmith {

struct RootRecord {
    qint64 id = 0;
    QString path;
};

struct FolderRecord {
    qint64 id = 0;
    qint64 rootId = 0;
    qint64 parentId = 0;     // 0 for a root's own folder
    QString path;
    QString name;
    QString smartTags;       // "inherit", "enable" or "disable"
};

// Roots (folders the user added) and the folder tree below them.
class FolderRepository {
public:
    explicit FolderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<RootRecord>> roots() const;
    // The root whose folder holds `path`, if any (the longest one).
    Result<std::optional<RootRecord>> rootContaining(const QString &path) const;
    Result<RootRecord> ensureRoot(const QString &path);

    // The folder row for `folderPath` under `root`, creating missing parents down from the root.
    Result<qint64> ensureFolder(const RootRecord &root, const QString &folderPath);

    Result<QList<FolderRecord>> folders() const;
    // Number of assets directly in each folder, by folder id.
    Result<QHash<qint64, int>> assetCounts() const;

private:
    QSqlDatabase m_db;
    QHash<QString, qint64> m_folderIds;   // a cache for one import run
};

} // namespace tagsmith
