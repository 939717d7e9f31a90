#include "commands.h"
#include "common.h"

#include "catalog/assetrepository.h"
#include "catalog/smarttagrules.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "jobs/jobqueue.h"
#include "ml/modelpack.h"
#include "processing/objectjob.h"
#include "services/tagedits.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace tagsmith::cli {

namespace {

// AEM's incremental rule for on-demand tagging: new or changed content, tagging older than
// 24 hours, or tagging older than the newest model training.
bool needsTagging(QSqlDatabase db, const AssetRecord &asset, qint64 newestModel)
{
    const qint64 done = JobQueue(db).lastProcessed(asset.id, JobKind::Tag, asset.contentHash);
    const qint64 dayAgo = QDateTime::currentSecsSinceEpoch() - 24 * 3600;
    return done == 0 || done < dayAgo || done < newestModel;
}

QString standingName(SmartTagStanding standing)
{
    switch (standing) {
    case SmartTagStanding::Applied: return QStringLiteral("applied");
    case SmartTagStanding::Deleted: return QStringLiteral("deleted");
    case SmartTagStanding::BelowThreshold: return QStringLiteral("candidate");
    case SmartTagStanding::Blocked: return QStringLiteral("blocked");
    case SmartTagStanding::FolderDisabled: return QStringLiteral("folder-off");
    }
    return {};
}

} // namespace

int runAutotag(CliContext &context, const QStringList &arguments)
{
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    QSqlDatabase db = catalog->connection();
    QList<AssetRecord> targets;
    if (arguments.isEmpty()) {
        auto all = AssetRepository(db).list();
        if (!all) {
            context.err << all.error() << '\n';
            return 1;
        }
        targets = all.value();
    } else {
        for (const QString &path : arguments) {
            if (QFileInfo(path).isDir()) {
                auto under = AssetRepository(db).underFolder(QFileInfo(path).canonicalFilePath());
                if (under)
                    targets << under.value();
                continue;
            }
            const auto asset = findAsset(context, catalog, path);
            if (!asset)
                return 1;
            targets << *asset;
        }
    }
    const qint64 newestModel = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(updated_at), 0) FROM models")).toLongLong();
    // Images whose folder had generic labels off when they were tagged get their objects now.
    const bool objects = ml::ModelPack::load(context.modelsDir, QStringLiteral("coco_centernet")).ok();
    int queued = 0;
    Status status = sql::transaction(db, [&]() -> Status {
        queued = 0;   // a retried transaction counts again
        JobQueue queue(db);
        for (const AssetRecord &asset : std::as_const(targets)) {
            if (asset.status != AssetStatus::Ok || asset.media.kind != AssetKind::Image)
                continue;
            if (!needsTagging(db, asset, newestModel)) {
                if (Status enqueued = objects ? ObjectJob::enqueueFor(db, queue, asset.id, asset.contentHash) : success(); !enqueued)
                    return enqueued;
                continue;
            }
            if (Status enqueued = queue.enqueue(JobKind::Tag, asset.id, JobPriority::UserAction); !enqueued)
                return enqueued;
            ++queued;
        }
        return success();
    });
    if (!status) {
        context.err << status.error() << '\n';
        return 1;
    }
    const ProcessingOutcome outcome = runProcessing(context, catalog);
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("queued"), queued},
                                                    {QStringLiteral("processed"), outcome.done},
                                                    {QStringLiteral("failed"), outcome.failed}}));
    context.err << tr("%1 assets queued for smart tags, %2 jobs done, %3 failed").arg(queued).arg(outcome.done).arg(outcome.failed) << '\n';
    return outcome.ok ? 0 : 1;
}

int runSmartTags(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1) {
        context.err << tr("usage: tagsmith-cli smart-tags PATH") << '\n';
        return 2;
    }
    const auto opened = openAsset(context, arguments.first());
    if (!opened)
        return 1;
    const auto tags = assetTags(context, *opened);
    if (!tags)
        return 1;
    QList<AssetTag> smart;
    for (const AssetTag &tag : *tags)
        if (tag.source == TagSource::Smart)
            smart << tag;
    std::stable_sort(smart.begin(), smart.end(), [](const AssetTag &a, const AssetTag &b) { return a.confidence > b.confidence; });
    auto rules = SmartTagRules::load(opened->catalog->connection());
    if (!rules) {
        context.err << rules.error() << '\n';
        return 1;
    }
    QJsonArray array;
    for (const AssetTag &tag : std::as_const(smart)) {
        // Beyond the contract's tag object: whether it counts now, and if not, why.
        const SmartTagStanding standing = rules.value().standing(tag, opened->asset.folderId);
        QJsonObject json = tagJson(tag);
        json.insert(QStringLiteral("applied"), standing == SmartTagStanding::Applied);
        json.insert(QStringLiteral("standing"), standingName(standing));
        array.append(json);
        if (!context.json)
            context.out << QString::number(tag.confidence, 'f', 3) << '\t' << tag.tag << '\t' << tag.model << " v" << tag.version
                        << '\t' << stateName(tag.state) << '\t' << standingName(standing) << '\n';
    }
    if (context.json)
        context.printJson(QJsonDocument(array));
    return 0;
}

int runModerate(CliContext &context, const QStringList &arguments)
{
    const bool remove = arguments.contains(QStringLiteral("--delete"));
    const bool promote = arguments.contains(QStringLiteral("--promote"));
    QStringList rest = arguments;
    rest.removeAll(QStringLiteral("--delete"));
    rest.removeAll(QStringLiteral("--promote"));
    rest.removeAll(QStringLiteral("--no-sidecar"));
    if (rest.size() != 2 || remove == promote) {
        context.err << tr("usage: tagsmith-cli moderate PATH TAG --delete|--promote") << '\n';
        return 2;
    }
    const auto opened = openAsset(context, rest.first());
    if (!opened)
        return 1;
    const CatalogPtr &catalog = opened->catalog;
    const AssetRecord *asset = &opened->asset;
    auto applied = TagEdits(catalog).apply(remove ? TagEditKind::DeleteSmart : TagEditKind::PromoteSmart, {asset->id}, rest.at(1));
    if (!applied) {
        context.err << applied.error() << '\n';
        return 1;
    }
    if (!applied.value().lacking.isEmpty()) {
        context.err << tr("%1 has no smart tag %2").arg(asset->path, applied.value().tag) << '\n';
        return 1;
    }
    // A promoted tag travels; a deleted one leaves the sidecar.
    for (const QString &problem : writeSidecars(catalog, {asset->path}, remove ? QStringList{rest.at(1)} : QStringList(), arguments))
        context.err << problem << '\n';
    return 0;
}

} // namespace tagsmith::cli
