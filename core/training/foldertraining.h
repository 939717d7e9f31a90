#pragma once

#include "catalog/assetrecord.h"
#include "catalog/catalog.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace tagsmith {

struct TagExamples {
    QString tag;                 // tag path
    QList<AssetRecord> images;   // catalog assets (ok images) shown as examples of the tag
};

// Creates or re-trains the model `name` from example assets per tag: embeddings (cached per
// content), AEM's rules, training against "none of these" catalog images, a new version, and
// smart tags queued for every image. Returns the contract's report JSON; a rule violation gives
// a failed version whose errors name the tags.
Result<QJsonObject> trainModel(const CatalogPtr &catalog, const QString &modelsDir, const QString &name,
                               const QString &description, const QList<TagExamples> &tags,
                               const std::function<void(const QString &)> &progress = {});

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
