#pragma once

#include "catalog/catalog.h"
#include "catalog/modelrepository.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>

namespace tagsmith {

// The models with at least one example asset in a folder whose smart tags are enabled.
Result<QList<ModelRecord>> modelsForPeriodicTraining(QSqlDatabase db);

// Re-trains one model from the examples stored with it (trainModel: a new version, smart tags
// queued again); the report JSON of the new version.
Result<QJsonObject> retrainFromStoredExamples(const CatalogPtr &catalog, const QString &modelsDir, const ModelRecord &model);

} // namespace tagsmith
