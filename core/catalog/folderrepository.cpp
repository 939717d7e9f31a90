#include "folderrepository.h"

#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace tagsmith {
namespace {

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

const QStringList &switchValues()
{
    static const QStringList values{QStringLiteral("inherit"), QStringLiteral("enable"), QStringLiteral("disable")};
    return values;
}

const QString &switchValue(const FolderRecord &folder, FolderSwitch which)
{
    switch (which) {
    case FolderSwitch::VideoTags:
        return folder.videoTags;
    case FolderSwitch::GenericLabels:
        return folder.genericLabels;
    case FolderSwitch::SmartTags:
        break;
    }
    return folder.smartTags;
}

QHash<QString, QString> explicitValues(const QList<FolderRecord> &folders, FolderSwitch which)
{
    QHash<QString, QString> values;
    for (const FolderRecord &folder : folders)
        if (switchValue(folder, which) != QLatin1String("inherit"))
            values.insert(folder.path, switchValue(folder, which));
    return values;
}

// The nearest folder at or above `path` with an explicit value, walking up the path (the same
// rule the jobs triggers of migrations 6 and 7 apply in SQL).
FolderSwitchSetting resolveSwitch(const QHash<QString, QString> &explicitValues, const QString &path, const QString &rootPath)
{
    FolderSwitchSetting setting;
    setting.folder = path;
    setting.value = explicitValues.value(path, QStringLiteral("inherit"));
    for (QString at = path;; at = parentOf(at)) {
        if (auto found = explicitValues.constFind(at); found != explicitValues.constEnd()) {
            setting.enabled = found.value() == QLatin1String("enable");
            setting.source = at;
            return setting;
        }
        if (at == rootPath || at == QLatin1String("/"))
            break;
    }
    setting.isDefault = true;
    setting.source = rootPath;
    return setting;
}

// Job kinds a disabled switch stops (JobKind::Tag, VideoTagJob::Kind, ObjectJob::Kind; the catalog
// layer sits below them). ImageNet labels come out of the tag job itself and are hidden at read time.
QStringList stoppedJobKinds(FolderSwitch which)
{
    switch (which) {
    case FolderSwitch::SmartTags:
        return {QStringLiteral("tag"), QStringLiteral("video-tag"), QStringLiteral("objects")};
    case FolderSwitch::VideoTags:
        return {QStringLiteral("video-tag")};
    case FolderSwitch::GenericLabels:
        return {QStringLiteral("objects")};
    }
    return {};
}

} // namespace

QString folderSwitchName(FolderSwitch which)
{
    switch (which) {
    case FolderSwitch::VideoTags:
        return QStringLiteral("video_tags");
    case FolderSwitch::GenericLabels:
        return QStringLiteral("generic_labels");
    case FolderSwitch::SmartTags:
        break;
    }
    return QStringLiteral("smart_tags");
}

std::optional<FolderSwitch> folderSwitchFromName(const QString &name)
{
    QString normalised = name;
    normalised.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (FolderSwitch which : {FolderSwitch::SmartTags, FolderSwitch::VideoTags, FolderSwitch::GenericLabels})
        if (folderSwitchName(which) == normalised)
            return which;
    return std::nullopt;
}

Result<QList<RootRecord>> FolderRepository::roots() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT id, path FROM roots ORDER BY path"));
    if (!query)
        return Error{query.error()};
    QList<RootRecord> roots;
    while (query.value().next())
        roots << RootRecord{query.value().value(0).toLongLong(), query.value().value(1).toString()};
    return roots;
}

Result<std::optional<RootRecord>> FolderRepository::rootContaining(const QString &path) const
{
    auto all = roots();
    if (!all)
        return Error{all.error()};
    std::optional<RootRecord> best;
    for (const RootRecord &root : all.value()) {
        if (isInside(path, root.path) && (!best || root.path.size() > best->path.size()))
            best = root;
    }
    return best;
}

Result<RootRecord> FolderRepository::ensureRoot(const QString &path)
{
    auto existing = rootContaining(path);
    if (!existing)
        return Error{existing.error()};
    if (existing.value())
        return *existing.value();
    auto inserted = sql::exec(m_db, QStringLiteral("INSERT INTO roots(path, added_at) VALUES(?, ?)"),
                              {path, QDateTime::currentSecsSinceEpoch()});
    if (!inserted)
        return Error{inserted.error()};
    RootRecord root{inserted.value().lastInsertId().toLongLong(), path};
    // A new root that contains older roots adopts their folders.
    if (auto adopted = sql::exec(m_db, QStringLiteral("UPDATE folders SET root_id = ? WHERE path >= ? AND path < ?"),
                                 {root.id, path + QLatin1Char('/'), path + QLatin1Char('/') + QChar(0xFFFF)});
        !adopted)
        return Error{adopted.error()};
    if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM roots WHERE id != ? AND path >= ? AND path < ?"),
                                 {root.id, path + QLatin1Char('/'), path + QLatin1Char('/') + QChar(0xFFFF)});
        !removed)
        return Error{removed.error()};
    return root;
}

Result<qint64> FolderRepository::ensureFolder(const RootRecord &root, const QString &folderPath)
{
    if (auto cached = m_folderIds.constFind(folderPath); cached != m_folderIds.constEnd())
        return cached.value();
    const QVariant existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM folders WHERE path = ?"), {folderPath});
    if (existing.isValid()) {
        // A folder that was a root of its own before a containing root was added is re-parented.
        if (folderPath != root.path) {
            auto parent = ensureFolder(root, parentOf(folderPath));
            if (!parent)
                return Error{parent.error()};
            if (auto fixed = sql::exec(m_db, QStringLiteral("UPDATE folders SET parent_id = ?, root_id = ? WHERE id = ? AND parent_id IS NOT ?"),
                                       {parent.value(), root.id, existing, parent.value()});
                !fixed)
                return Error{fixed.error()};
        }
        m_folderIds.insert(folderPath, existing.toLongLong());
        return existing.toLongLong();
    }
    QVariant parentId;
    if (folderPath != root.path && isInside(folderPath, root.path)) {
        auto parent = ensureFolder(root, parentOf(folderPath));
        if (!parent)
            return Error{parent.error()};
        parentId = parent.value();
    }
    const QString name = folderPath == root.path ? folderPath : QFileInfo(folderPath).fileName();
    auto inserted = sql::exec(m_db, QStringLiteral("INSERT INTO folders(root_id, parent_id, path, name) VALUES(?,?,?,?)"),
                              {root.id, parentId, folderPath, name});
    if (!inserted)
        return Error{inserted.error()};
    const qint64 id = inserted.value().lastInsertId().toLongLong();
    m_folderIds.insert(folderPath, id);
    return id;
}

Result<QList<FolderRecord>> FolderRepository::folders() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT id, root_id, parent_id, path, name, smart_tags, video_tags, generic_labels "
                                                "FROM folders ORDER BY path"));
    if (!query)
        return Error{query.error()};
    QList<FolderRecord> folders;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        folders << FolderRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString(), q.value(7).toString()};
    }
    return folders;
}

Result<QHash<qint64, int>> FolderRepository::assetCounts() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT folder_id, COUNT(*) FROM assets GROUP BY folder_id"));
    if (!query)
        return Error{query.error()};
    QHash<qint64, int> counts;
    while (query.value().next())
        counts.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return counts;
}

Status FolderRepository::setSwitch(FolderSwitch which, const QString &folderPath, const QString &value)
{
    if (!switchValues().contains(value))
        return Error{QCoreApplication::translate("catalog", "%1 must be inherit, enable or disable, not \"%2\"")
                         .arg(folderSwitchName(which), value)};
    // The column name comes from folderSwitchName, never from the user.
    auto updated = sql::exec(m_db, QStringLiteral("UPDATE folders SET %1 = ? WHERE path = ?").arg(folderSwitchName(which)),
                             {value, folderPath});
    if (!updated)
        return Error{updated.error()};
    if (updated.value().numRowsAffected() == 0)
        return Error{QCoreApplication::translate("catalog", "%1 is not a folder in the catalog").arg(folderPath)};
    const QStringList kinds = stoppedJobKinds(which);
    if (kinds.isEmpty())
        return success();
    auto enabled = enabledFolders(which);
    if (!enabled)
        return Error{enabled.error()};
    auto queued = sql::exec(m_db, QStringLiteral("SELECT j.id, a.folder_id FROM jobs j JOIN assets a ON a.id = j.asset_id "
                                                 "WHERE j.kind IN ('%1') AND j.state <> 'running'")
                                      .arg(kinds.join(QStringLiteral("', '"))));
    if (!queued)
        return Error{queued.error()};
    QVariantList dropped;
    while (queued.value().next())
        if (!enabled.value().contains(queued.value().value(1).toLongLong()))
            dropped << queued.value().value(0);
    for (const QVariant &id : std::as_const(dropped))
        if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM jobs WHERE id = ?"), {id}); !removed)
            return Error{removed.error()};
    return success();
}

Result<FolderSwitchSetting> FolderRepository::switchSetting(FolderSwitch which, const QString &folderPath) const
{
    auto all = folders();
    if (!all)
        return Error{all.error()};
    const bool known = std::any_of(all.value().cbegin(), all.value().cend(),
                                   [&](const FolderRecord &folder) { return folder.path == folderPath; });
    auto root = rootContaining(folderPath);
    if (!root)
        return Error{root.error()};
    if (!known || !root.value())
        return Error{QCoreApplication::translate("catalog", "%1 is not a folder in the catalog").arg(folderPath)};
    return resolveSwitch(explicitValues(all.value(), which), folderPath, root.value()->path);
}

Result<QSet<qint64>> FolderRepository::enabledFolders(FolderSwitch which) const
{
    auto all = folders();
    if (!all)
        return Error{all.error()};
    auto allRoots = roots();
    if (!allRoots)
        return Error{allRoots.error()};
    QHash<qint64, QString> rootPaths;
    for (const RootRecord &root : allRoots.value())
        rootPaths.insert(root.id, root.path);
    const QHash<QString, QString> values = explicitValues(all.value(), which);
    QSet<qint64> enabled;
    for (const FolderRecord &folder : all.value())
        if (resolveSwitch(values, folder.path, rootPaths.value(folder.rootId)).enabled)
            enabled.insert(folder.id);
    return enabled;
}

} // namespace tagsmith
