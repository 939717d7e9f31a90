#include "folderremoval.h"

#include "catalog/removedfolders.h"
#include "catalog/sql.h"

#include <QSqlQuery>
#include <QStringList>

namespace tagsmith {
namespace {

// The folder and everything below it, by parent links (paths of other roots may share a prefix).
const QString kSubtree = QStringLiteral(
    "WITH RECURSIVE subtree(id) AS (SELECT id FROM folders WHERE path = ? "
    "UNION ALL SELECT f.id FROM folders f JOIN subtree s ON f.parent_id = s.id) ");

struct Found {
    qint64 id = 0;
    qint64 rootId = 0;
    bool isRoot = false;
};

Result<Found> findFolder(const QSqlDatabase &db, const QString &folderPath)
{
    auto query = sql::exec(db, QStringLiteral("SELECT f.id, f.root_id, r.path = f.path FROM folders f "
                                                   "JOIN roots r ON r.id = f.root_id WHERE f.path = ?"), {folderPath});
    if (!query)
        return Error{query.error()};
    if (!query.value().next())
        return Error{FolderRemoval::tr("%1 is not a folder of the catalog.").arg(folderPath)};
    return Found{query.value().value(0).toLongLong(), query.value().value(1).toLongLong(), query.value().value(2).toBool()};
}

Result<FolderRemovalReport> count(const QSqlDatabase &db, const QString &folderPath)
{
    auto found = findFolder(db, folderPath);
    if (!found)
        return Error{found.error()};
    FolderRemovalReport report;
    report.folder = folderPath;
    report.wasRoot = found->isRoot;
    report.folders = sql::scalar(db, kSubtree + QStringLiteral("SELECT count(*) FROM subtree"), {folderPath}, 0).toInt();
    report.assets = sql::scalar(db, kSubtree + QStringLiteral("SELECT count(*) FROM assets WHERE folder_id IN (SELECT id FROM subtree)"),
                                {folderPath}, 0).toInt();
    return report;
}

} // namespace

Result<FolderRemovalReport> FolderRemoval::remove(const QString &folderPath)
{
    QSqlDatabase db = m_catalog->connection();
    FolderRemovalReport report;
    const Status status = sql::transaction(db, [&]() -> Status {
        auto counted = count(db, folderPath);
        if (!counted)
            return Error{counted.error()};
        report = counted.value();
        auto hashes = sql::exec(db, kSubtree + QStringLiteral("SELECT DISTINCT content_hash FROM assets "
                                                              "WHERE folder_id IN (SELECT id FROM subtree) AND content_hash IS NOT NULL"),
                                {folderPath});
        if (!hashes)
            return Error{hashes.error()};
        QStringList removedHashes;
        while (hashes.value().next())
            removedHashes << hashes.value().value(0).toString();
        // The schema cascades from folders (and roots) to assets and from assets to every row about them.
        const auto found = findFolder(db, folderPath);
        if (!found)
            return Error{found.error()};
        auto deleted = found->isRoot ? sql::exec(db, QStringLiteral("DELETE FROM roots WHERE id = ?"), {found->rootId})
                                     : sql::exec(db, QStringLiteral("DELETE FROM folders WHERE id = ?"), {found->id});
        if (!deleted)
            return Error{deleted.error()};
        // Below a root that stays, the watcher's rescans of the root must not bring it back.
        RemovedFolders removed(db);
        if (Status kept = found->isRoot ? removed.forgetUnder(folderPath) : removed.add(folderPath); !kept)
            return kept;
        // Embeddings are cached by content: a copy of the same file elsewhere keeps its vectors.
        report.embeddings = 0;
        for (const QString &hash : std::as_const(removedHashes)) {
            auto gone = sql::exec(db, QStringLiteral("DELETE FROM embeddings WHERE content_hash = ? AND NOT EXISTS "
                                                     "(SELECT 1 FROM assets WHERE content_hash = ?)"),
                                  {hash, hash});
            if (!gone)
                return Error{gone.error()};
            report.embeddings += gone.value().numRowsAffected();
        }
        return success();
    });
    if (!status)
        return Error{status.error()};
    return report;
}

} // namespace tagsmith
