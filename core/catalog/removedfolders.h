#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tagsmith {

// Folders the user removed from the catalog below a root that stays. Re-imports of the root
// (the watcher's rescans) skip them, so a removed folder does not come back on its own; an
// import the user asks for of the folder, or of one inside it, brings it back. Kept in the
// catalog's settings table, one key per folder, so no schema change is needed.
class RemovedFolders {
public:
    explicit RemovedFolders(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QStringList> list() const;
    Status add(const QString &folderPath);
    // Forgets the removed folders at or below `path` (a folder removed with its root).
    Status forgetUnder(const QString &path);
    // Forgets the removed folders at or above `path`, which the user imports: returns them.
    Result<QStringList> liftFor(const QString &path);

    static bool isAtOrUnder(const QString &path, const QString &folder);

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
