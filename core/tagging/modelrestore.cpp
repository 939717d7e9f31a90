#include "modelrestore.h"

#include "catalog/modelrepository.h"
#include "catalog/sql.h"
#include "jobs/jobqueue.h"

namespace tagsmith {

Status restoreModelVersion(const CatalogPtr &catalog, qint64 modelId, int version)
{
    QSqlDatabase db = catalog->connection();
    return sql::transaction(db, [&]() -> Status {
        if (Status status = ModelRepository(db).restore(modelId, version); !status)
            return status;
        return JobQueue(db).enqueueAll(JobKind::Tag, QStringLiteral("image"), JobPriority::UserAction);
    });
}

} // namespace tagsmith
