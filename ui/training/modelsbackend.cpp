#include "modelsbackend.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/sql.h"
#include "jobs/jobqueue.h"
#include "processing/videotagjob.h"
#include "training/modelrestore.h"

namespace tagsmith {

ModelsBackend::ModelsBackend(CatalogPtr catalog) : m_catalog(std::move(catalog)) {}

void ModelsBackend::loadModels()
{
    auto models = ModelRepository(m_catalog->connection()).list();
    if (!models)
        Q_EMIT failed(models.error());
    else
        Q_EMIT modelsLoaded(models.value());
}

void ModelsBackend::loadVersions(qint64 modelId)
{
    auto versions = ModelRepository(m_catalog->connection()).versions(modelId);
    if (!versions) {
        Q_EMIT failed(versions.error());
        return;
    }
    QList<ModelVersionRecord> list = versions.value();
    for (ModelVersionRecord &version : list)
        version.weights.clear();
    Q_EMIT versionsLoaded(modelId, list);
}

void ModelsBackend::restore(qint64 modelId, int version)
{
    if (Status status = restoreModelVersion(m_catalog, modelId, version); !status)
        Q_EMIT failed(status.error());
    else
        Q_EMIT restored(modelId, version);
}

bool ModelsBackend::write(const std::function<Status(QSqlDatabase)> &work)
{
    QSqlDatabase db = m_catalog->connection();
    if (Status status = sql::transaction(db, [&] { return work(db); }); !status) {
        Q_EMIT failed(status.error());
        return false;
    }
    return true;
}

void ModelsBackend::setModelThreshold(qint64 modelId, double threshold)
{
    if (write([&](QSqlDatabase db) { return ModelRepository(db).setThreshold(modelId, threshold); }))
        Q_EMIT thresholdSet(modelId, threshold);
}

void ModelsBackend::setModelKind(qint64 modelId, const QString &kind)
{
    if (write([&](QSqlDatabase db) -> Status {
            if (Status set = ModelRepository(db).setKind(modelId, kind); !set)
                return set;
            return JobQueue(db).enqueueAll(VideoTagJob::Kind, QStringLiteral("video"), JobPriority::UserAction);
        }))
        Q_EMIT kindSet(modelId, kind);
}

void ModelsBackend::loadGeneric()
{
    const GenericLabelRepository generic(m_catalog->connection());
    auto blocked = generic.blocked();
    if (!blocked) {
        Q_EMIT failed(blocked.error());
        return;
    }
    Q_EMIT genericLoaded(generic.threshold(GenericModels::ImageNet), generic.threshold(GenericModels::Objects), blocked.value());
}

void ModelsBackend::setGenericThreshold(const QString &source, double threshold)
{
    if (write([&](QSqlDatabase db) { return GenericLabelRepository(db).setThreshold(source, threshold); }))
        loadGeneric();
}

void ModelsBackend::blockLabels(const QStringList &labels)
{
    if (write([&](QSqlDatabase db) { return GenericLabelRepository(db).block(labels); }))
        loadGeneric();
}

void ModelsBackend::unblockLabels(const QStringList &labels)
{
    if (write([&](QSqlDatabase db) -> Status {
            auto unblocked = GenericLabelRepository(db).unblock(labels);
            return unblocked ? success() : Status(Error{unblocked.error()});
        }))
        loadGeneric();
}

} // namespace tagsmith
