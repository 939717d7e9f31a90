#include "removedfolders.h"

#include "sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace tagsmith {
namespace {

const QString kPrefix = QStringLiteral("removed_folder:");

} // namespace

bool RemovedFolders::isAtOrUnder(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

Result<QStringList> RemovedFolders::list() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT substr(key, ?) FROM settings WHERE substr(key, 1, ?) = ?"),
                           {int(kPrefix.size()) + 1, int(kPrefix.size()), kPrefix});
    if (!query)
        return Error{query.error()};
    QStringList folders;
    while (query.value().next())
        folders << query.value().value(0).toString();
    return folders;
}

Status RemovedFolders::add(const QString &folderPath)
{
    auto added = sql::exec(m_db, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)"),
                           {kPrefix + folderPath, QString::number(QDateTime::currentSecsSinceEpoch())});
    return added ? success() : Status(Error{added.error()});
}

Status RemovedFolders::forgetUnder(const QString &path)
{
    auto folders = list();
    if (!folders)
        return Error{folders.error()};
    for (const QString &folder : folders.value())
        if (isAtOrUnder(folder, path))
            if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {kPrefix + folder}); !removed)
                return Error{removed.error()};
    return success();
}

Result<QStringList> RemovedFolders::liftFor(const QString &path)
{
    auto folders = list();
    if (!folders)
        return Error{folders.error()};
    QStringList lifted;
    for (const QString &folder : folders.value()) {
        if (!isAtOrUnder(path, folder))
            continue;
        if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {kPrefix + folder}); !removed)
            return Error{removed.error()};
        lifted << folder;
    }
    return lifted;
}

} // namespace tagsmith
