#include "modelsbackend.h"

#include "tagging/modelrestore.h"

namespace tagsmith {

ModelsBackend::ModelsBackend(QString catalogPath) : m_catalogPath(std::move(catalogPath)) {}

bool ModelsBackend::ensureOpen()
{
    if (m_catalog)
        return true;
    auto catalog = Catalog::open(m_catalogPath);
    if (!catalog) {
        Q_EMIT failed(catalog.error());
        return false;
    }
    m_catalog = catalog.value();
    return true;
}

void ModelsBackend::loadModels()
{
    if (!ensureOpen())
        return;
    auto models = ModelRepository(m_catalog->connection()).list();
    if (!models)
        Q_EMIT failed(models.error());
    else
        Q_EMIT modelsLoaded(models.value());
}

void ModelsBackend::loadVersions(qint64 modelId)
{
    if (!ensureOpen())
        return;
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
    if (!ensureOpen())
        return;
    if (Status status = restoreModelVersion(m_catalog, modelId, version); !status)
        Q_EMIT failed(status.error());
    else
        Q_EMIT restored(modelId, version);
}

} // namespace tagsmith
