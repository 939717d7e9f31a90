#include "foldertraining.h"

#include "catalog/assetrepository.h"
#include "catalog/embeddingrepository.h"
#include "catalog/modelrepository.h"
#include "catalog/sql.h"
#include "tagging/embeddingindexer.h"
#include "importing/filewalker.h"
#include "importing/importer.h"
#include "jobs/jobqueue.h"
#include "processing/videotagjob.h"
#include "ml/trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cstring>

namespace tagsmith {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("tagsmith", text); }

QJsonObject reportToJson(const ml::TrainingReport &report, const QStringList &errors)
{
    QJsonArray tags;
    for (const ml::TagReport &tag : report.tags)
        tags.append(QJsonObject{{QStringLiteral("tag"), tag.tag}, {QStringLiteral("examples"), tag.examples},
                                {QStringLiteral("status"), tag.status}, {QStringLiteral("precision"), tag.precision},
                                {QStringLiteral("recall"), tag.recall}});
    return QJsonObject{{QStringLiteral("tags"), tags}, {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                       {QStringLiteral("background_examples"), report.backgroundExamples},
                       {QStringLiteral("folds"), report.folds}};
}

// Unrelated catalog images ("none of these"): images with a cached embedding that are not examples.
Result<std::vector<ml::TrainingExample>> backgroundExamples(QSqlDatabase db, const QString &variant, qint64 modelId, int limit)
{
    auto query = sql::exec(db, QStringLiteral(
        "SELECT DISTINCT e.content_hash, e.vector FROM embeddings e JOIN assets a ON a.content_hash = e.content_hash "
        "WHERE e.variant = ? AND a.kind = 'image' AND a.status = 'ok' "
        "AND a.content_hash NOT IN (SELECT x.content_hash FROM model_examples me JOIN assets x ON x.id = me.asset_id WHERE me.model_id = ?) "
        "ORDER BY e.content_hash LIMIT ?"), {variant, modelId, limit});
    if (!query)
        return Error{query.error()};
    std::vector<ml::TrainingExample> examples;
    while (query.value().next()) {
        const QByteArray blob = query.value().value(1).toByteArray();
        std::vector<float> vector(size_t(blob.size()) / sizeof(float));
        std::memcpy(vector.data(), blob.constData(), vector.size() * sizeof(float));
        examples.push_back(ml::TrainingExample{query.value().value(0).toString(), std::move(vector)});
    }
    return examples;
}

} // namespace

QJsonObject versionReportJson(const QString &model, int version, const QString &status, double seconds, const QJsonObject &stored)
{
    return QJsonObject{{QStringLiteral("model"), model}, {QStringLiteral("version"), version},
                       {QStringLiteral("status"), status}, {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("tags"), stored.value(QStringLiteral("tags"))},
                       {QStringLiteral("errors"), stored.value(QStringLiteral("errors"))},
                       {QStringLiteral("background_examples"), stored.value(QStringLiteral("background_examples"))}};
}

Result<QJsonObject> trainModelFromFolders(const CatalogPtr &catalog, const QString &modelsDir, const QString &name,
                                          const QString &folder, const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &message) { if (progress) progress(message); };
    const QDir dir(folder);
    if (!dir.exists())
        return Error{tr("no such folder: %1").arg(folder)};
    say(tr("importing the examples"));
    const ImportReport imported = Importer(catalog).run({dir.canonicalPath()});
    if (imported.cancelled)
        return Error{tr("the import of the examples was cancelled")};

    QSqlDatabase db = catalog->connection();
    AssetRepository assets(db);
    QList<TagExamples> tagFolders;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        TagExamples tagFolder{sub, {}};
        for (const FoundFile &file : walkFolder(dir.canonicalPath() + QLatin1Char('/') + sub).files) {
            auto asset = assets.findByPath(file.path);
            if (!asset || !asset.value() || asset.value()->status != AssetStatus::Ok || asset.value()->media.kind != AssetKind::Image)
                continue;
            tagFolder.images << *asset.value();
        }
        tagFolders << tagFolder;
    }

    return trainModel(catalog, modelsDir, name, QString(), tagFolders, progress);
}

Result<QJsonObject> trainModel(const CatalogPtr &catalog, const QString &modelsDir, const QString &name,
                               const QString &description, const QList<TagExamples> &tagFolders,
                               const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &message) { if (progress) progress(message); };
    auto indexer = EmbeddingIndexer::create(modelsDir);
    if (!indexer)
        return Error{tr("smart tags are off: %1").arg(indexer.error())};
    QSqlDatabase db = catalog->connection();
    QList<EmbeddingTarget> targets;
    for (const TagExamples &tag : tagFolders)
        for (const AssetRecord &asset : tag.images)
            targets << EmbeddingTarget{asset.contentHash, asset.path};
    say(tr("computing embeddings of %1 images").arg(targets.size()));
    auto embedded = indexer.value()->ensure(catalog, targets);
    if (!embedded)
        return Error{embedded.error()};

    ModelRepository models(db);
    auto existing = models.findByName(name);
    if (!existing)
        return Error{existing.error()};
    qint64 modelId = existing.value() ? existing.value()->id : 0;

    // Examples and tags are stored first (rule checks of the schema), then the training.
    ml::TrainingSet set;
    set.embeddingVariant = indexer.value()->variant();
    EmbeddingRepository cache(db);
    QList<ModelExamples> examples;
    for (const TagExamples &tagFolder : std::as_const(tagFolders)) {
        ml::TrainingTag tag{tagFolder.tag, {}};
        ModelExamples stored{tagFolder.tag, {}};
        for (const AssetRecord &asset : tagFolder.images) {
            auto vector = cache.find(asset.contentHash, set.embeddingVariant);
            if (!vector || !vector.value())
                continue;   // not decodable for embeddings: reported by the indexer
            tag.examples.push_back(ml::TrainingExample{asset.contentHash, vector.value()->vector});
            stored.assetIds << asset.id;
        }
        set.tags.push_back(std::move(tag));
        examples << stored;
    }

    QJsonObject result;
    Status saved = sql::transaction(db, [&]() -> Status {
        if (!modelId) {
            auto created = models.create(name, description);
            if (!created)
                return Error{created.error()};
            modelId = created.value();
        }
        return models.setExamples(modelId, examples);
    });
    if (!saved)
        return Error{saved.error()};

    auto background = backgroundExamples(db, set.embeddingVariant, modelId, 1000);
    if (!background)
        return Error{background.error()};
    set.background = std::move(background.value());

    say(tr("training"));
    QElapsedTimer timer;
    timer.start();
    QStringList errors = ml::Trainer::validate(set);
    for (const auto &failure : embedded.value().failures)
        errors << tr("%1: %2").arg(failure.first, failure.second);
    ModelVersionRecord version;
    if (!ml::Trainer::validate(set).isEmpty()) {
        version.status = QStringLiteral("failed");
        version.report = reportToJson({}, errors);
    } else {
        auto trained = ml::Trainer::train(set);
        if (!trained) {
            errors << trained.error();
            version.status = QStringLiteral("failed");
            version.report = reportToJson({}, errors);
        } else {
            version.status = QStringLiteral("trained");
            version.report = reportToJson(trained.value().report, errors);
            version.weights = trained.value().model.toBytes();
        }
    }
    version.seconds = timer.nsecsElapsed() / 1e9;
    Result<int> number = Error{};
    Status recorded = sql::transaction(db, [&]() -> Status {
        number = models.addVersion(modelId, version);
        if (!number)
            return Error{number.error()};
        if (version.status == QLatin1String("trained"))
            {
            // Images and videos follow the new (or restored) version.
            JobQueue queue(db);
            if (Status images = queue.enqueueAll(JobKind::Tag, QStringLiteral("image"), JobPriority::Background); !images)
                return images;
            return queue.enqueueAll(VideoTagJob::Kind, QStringLiteral("video"), JobPriority::Background);
        }
        if (version.status == QLatin1String("failed"))
            return models.setStatus(modelId, existing.value() && existing.value()->currentVersion > 0 ? QStringLiteral("trained") : QStringLiteral("failed"),
                                    errors.join(QLatin1Char('\n')));
        return success();
    });
    if (!recorded)
        return Error{recorded.error()};
    return versionReportJson(name, number.value(), version.status, version.seconds, version.report);
}

} // namespace tagsmith
