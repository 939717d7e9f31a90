#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSet>
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

// Where a folder's "Enable smart tags" comes from: its own value, the nearest ancestor with an
// explicit one, or the default of its root (enabled).
struct SmartTagsSetting {
    QString folder;
    QString value;           // the folder's own value, "inherit" included
    bool enabled = true;     // the effective value
    QString source;          // the folder whose explicit value applies, or the root when defaulted
    bool isDefault = false;  // no explicit value above: roots default to enable
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

    // Sets a catalog folder's smart-tags value ("inherit", "enable" or "disable"). Tag jobs already
    // queued for assets that become disabled are dropped; the schema refuses new ones.
    Status setSmartTags(const QString &folderPath, const QString &value);
    Result<SmartTagsSetting> smartTags(const QString &folderPath) const;
    // Ids of the folders whose effective value is enable.
    Result<QSet<qint64>> smartTagsEnabledFolders() const;

private:
    QSqlDatabase m_db;
    QHash<QString, qint64> m_folderIds;   // a cache for one import run
};

} // namespace tagsmith
