#include "modelrestore.h"

#include "catalog/modelrepository.h"
#include "catalog/sql.h"
#include "jobs/jobqueue.h"
#include "processing/videotagjob.h"

namespace tagsmith {

Status restoreModelVersion(const CatalogPtr &catalog, qint64 modelId, int version)
{
    QSqlDatabase db = catalog->connection();
    return sql::transaction(db, [&]() -> Status {
        if (Status status = ModelRepository(db).restore(modelId, version); !status)
            return status;
        {
            // Images and videos follow the new (or restored) version.
            JobQueue queue(db);
            if (Status images = queue.enqueueAll(JobKind::Tag, QStringLiteral("image"), JobPriority::UserAction); !images)
                return images;
            return queue.enqueueAll(VideoTagJob::Kind, QStringLiteral("video"), JobPriority::UserAction);
        }
    });
}

} // namespace tagsmith
