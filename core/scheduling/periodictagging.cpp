#include "periodictagging.h"

#include "catalog/folderrepository.h"
#include "catalog/sql.h"
#include "jobs/jobqueue.h"
#include "processing/videotagjob.h"

namespace tagsmith {

Result<int> queuePeriodicTagging(QSqlDatabase db, const QDateTime &now)
{
    auto enabled = FolderRepository(db).smartTagsEnabledFolders();
    if (!enabled)
        return Error{enabled.error()};
    int queued = 0;
    Status status = sql::transaction(db, [&]() -> Status {
        // job_history keeps the hash the asset had when it was last tagged: another hash is a change.
        auto candidates = sql::exec(db, QStringLiteral(
            "SELECT a.id, a.folder_id, k.job FROM assets a JOIN (SELECT 'image' AS asset, ? AS job UNION ALL SELECT 'video', ?) k "
            "ON k.asset = a.kind LEFT JOIN job_history h ON h.asset_id = a.id AND h.kind = k.job "
            "WHERE a.status = 'ok' AND (h.done_at IS NULL OR h.content_hash IS NOT a.content_hash OR h.done_at < ?)"),
            {JobKind::Tag, VideoTagJob::Kind, now.toSecsSinceEpoch() - kPeriodicRetagSeconds});
        if (!candidates)
            return Error{candidates.error()};
        JobQueue queue(db);
        while (candidates.value().next()) {
            const QSqlQuery &row = candidates.value();
            if (!enabled.value().contains(row.value(1).toLongLong()))
                continue;
            if (Status enqueued = queue.enqueue(row.value(2).toString(), row.value(0).toLongLong(), JobPriority::Background); !enqueued)
                return enqueued;
            ++queued;
        }
        return success();
    });
    if (!status)
        return Error{status.error()};
    return queued;
}

} // namespace tagsmith
