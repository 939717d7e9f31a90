#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tagsmith {

// Creates or re-trains the model NAME from DIR/<tag>/* (imported first if needed), as
// `tagsmith-cli model train NAME --from-folders DIR` does. Rule violations give a failed
// version whose errors name the tags; the returned object is the contract's report JSON:
// {"model","version","status","seconds","tags":[{"tag","examples","status","precision","recall"}],"errors":[...]}.
Result<QJsonObject> trainModelFromFolders(const CatalogPtr &catalog, const QString &modelsDir, const QString &name,
                                          const QString &folder, const std::function<void(const QString &)> &progress = {});

// The report JSON of a stored version, in the same shape.
QJsonObject versionReportJson(const QString &model, int version, const QString &status, double seconds,
                              const QJsonObject &storedReport);

} // namespace tagsmith
