#include "periodictraining.h"

#include "catalog/assetrepository.h"
#include "catalog/folderrepository.h"
#include "training/foldertraining.h"

#include <algorithm>

namespace tagsmith {
namespace {

// The example assets stored with a model, per tag (assets removed from the catalog left out).
Result<QList<TagExamples>> storedExamples(QSqlDatabase db, qint64 modelId)
{
    auto examples = ModelRepository(db).examples(modelId);
    if (!examples)
        return Error{examples.error()};
    AssetRepository assets(db);
    QList<TagExamples> tags;
    for (const ModelExamples &tag : examples.value()) {
        TagExamples entry{tag.tagPath, {}};
        for (qint64 assetId : tag.assetIds) {
            auto asset = assets.findById(assetId);
            if (!asset)
                return Error{asset.error()};
            if (asset.value())
                entry.images << *asset.value();
        }
        tags << entry;
    }
    return tags;
}

} // namespace

Result<QList<ModelRecord>> modelsForPeriodicTraining(QSqlDatabase db)
{
    auto enabled = FolderRepository(db).smartTagsEnabledFolders();
    if (!enabled)
        return Error{enabled.error()};
    auto all = ModelRepository(db).list();
    if (!all)
        return Error{all.error()};
    QList<ModelRecord> chosen;
    for (const ModelRecord &model : all.value()) {
        auto tags = storedExamples(db, model.id);
        if (!tags)
            return Error{tags.error()};
        const bool inEnabledFolder = std::any_of(tags.value().cbegin(), tags.value().cend(), [&](const TagExamples &tag) {
            return std::any_of(tag.images.cbegin(), tag.images.cend(),
                               [&](const AssetRecord &asset) { return enabled.value().contains(asset.folderId); });
        });
        if (inEnabledFolder)
            chosen << model;
    }
    return chosen;
}

Result<QJsonObject> retrainFromStoredExamples(const CatalogPtr &catalog, const QString &modelsDir, const ModelRecord &model)
{
    auto tags = storedExamples(catalog->connection(), model.id);
    if (!tags)
        return Error{tags.error()};
    return trainModel(catalog, modelsDir, model.name, model.description, tags.value());
}

} // namespace tagsmith
