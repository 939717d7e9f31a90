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
    QString videoTags;       // same values
    QString genericLabels;   // same values
};

// Per-folder on/off switches, each "inherit", "enable" or "disable" and resolved the same way.
enum class FolderSwitch {
    SmartTags,       // all smart tagging (image and video jobs)
    VideoTags,       // video tagging only
    GenericLabels,   // generic ImageNet/COCO labels only
};

// The catalog column of a switch, and the name the CLI and JSON use ("smart_tags", ...).
QString folderSwitchName(FolderSwitch which);
// The switch named `name` (as folderSwitchName gives it, or with '-' for '_'), if any.
std::optional<FolderSwitch> folderSwitchFromName(const QString &name);

// Where a folder's switch comes from: its own value, the nearest ancestor with an
// explicit one, or the default of its root (enabled).
struct FolderSwitchSetting {
    QString folder;
    QString value;           // the folder's own value, "inherit" included
    bool enabled = true;     // the effective value
    QString source;          // the folder whose explicit value applies, or the root when defaulted
    bool isDefault = false;  // no explicit value above: roots default to enable
};
using SmartTagsSetting = FolderSwitchSetting;

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

    // Sets a catalog folder's switch ("inherit", "enable" or "disable"). Smart-tag (or video-tag) jobs
    // already queued for assets that become disabled are dropped; the schema refuses new ones.
    Status setSwitch(FolderSwitch which, const QString &folderPath, const QString &value);
    Result<FolderSwitchSetting> switchSetting(FolderSwitch which, const QString &folderPath) const;
    // Ids of the folders whose effective value is enable.
    Result<QSet<qint64>> enabledFolders(FolderSwitch which) const;

    Status setSmartTags(const QString &folderPath, const QString &value) { return setSwitch(FolderSwitch::SmartTags, folderPath, value); }
    Result<SmartTagsSetting> smartTags(const QString &folderPath) const { return switchSetting(FolderSwitch::SmartTags, folderPath); }
    Result<QSet<qint64>> smartTagsEnabledFolders() const { return enabledFolders(FolderSwitch::SmartTags); }

private:
    QSqlDatabase m_db;
    QHash<QString, qint64> m_folderIds;   // a cache for one import run
};

} // namespace tagsmith
