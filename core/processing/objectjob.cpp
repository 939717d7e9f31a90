#include "objectjob.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "jobs/jobqueue.h"
#include "ml/modelpack.h"
#include "tagging/embedderpool.h"

#include <QCoreApplication>

namespace tagsmith {

std::shared_ptr<ObjectJob> ObjectJob::create(const QString &modelsDir, int workers)
{
    std::shared_ptr<ObjectJob> job(new ObjectJob);
    job->m_modelsDir = modelsDir;
    job->m_capacity = std::max(1, workers);
    return job;
}

Status ObjectJob::enqueueFor(QSqlDatabase db, JobQueue &queue, qint64 assetId, const QString &contentHash)
{
    if (queue.lastProcessed(assetId, Kind, contentHash) > 0)
        return success();
    // Switched off, the detector's minutes are not spent; switching on queues every image again.
    if (!GenericLabelRepository(db).enabled(GenericModels::Objects))
        return success();
    // The folder switch rule of FolderRepository, for one asset: the nearest explicit value wins.
    // Generic labels are smart tags: off with either switch.
    for (const QLatin1String column : {QLatin1String("smart_tags"), QLatin1String("generic_labels")}) {
        const QString value = sql::scalar(db, QStringLiteral(
            "SELECT f.%1 FROM assets a JOIN folders d ON d.id = a.folder_id JOIN folders f "
            "ON d.path = f.path OR substr(d.path, 1, length(f.path) + 1) = f.path || '/' "
            "WHERE a.id = ? AND f.%1 <> 'inherit' ORDER BY length(f.path) DESC LIMIT 1").arg(column), {assetId}).toString();
        if (value == QLatin1String("disable"))
            return success();
    }
    return queue.enqueue(Kind, assetId, JobPriority::Background);
}

QList<SmartTagCandidate> ObjectJob::candidates(const ml::ObjectDetections &detections, const QStringList &classNames)
{
    QList<SmartTagCandidate> labels;
    for (size_t c = 0; c < detections.classScores.size() && qsizetype(c) < classNames.size(); ++c)
        if (detections.classScores[c] >= ObjectLabelFloor)
            labels << SmartTagCandidate{tagFor(classNames.at(qsizetype(c))), detections.classScores[c]};
    return labels;
}

QString ObjectJob::tagFor(const QString &className)
{
    return QStringLiteral("coco/") + QString(className).replace(QLatin1Char('/'), QLatin1Char('-'));
}

Result<ml::CocoDetector *> ObjectJob::borrow()
{
    QMutexLocker lock(&m_mutex);
    while (m_free.empty() && int(m_all.size()) >= m_capacity)
        m_available.wait(&m_mutex);
    if (!m_free.empty()) {
        ml::CocoDetector *detector = m_free.back();
        m_free.pop_back();
        return detector;
    }
    auto pack = ml::ModelPack::load(m_modelsDir, QStringLiteral("coco_centernet"));
    if (!pack)
        return Error{pack.error()};
    auto detector = ml::CocoDetector::create(pack.value());
    if (!detector)
        return Error{detector.error()};
    m_all.push_back(std::make_unique<ml::CocoDetector>(std::move(detector).value()));
    return m_all.back().get();
}

void ObjectJob::giveBack(ml::CocoDetector *detector)
{
    QMutexLocker lock(&m_mutex);
    m_free.push_back(detector);
    m_available.wakeOne();
}

JobResult ObjectJob::run(const JobContext &context)
{
    if (context.assetKind != AssetKind::Image)
        return JobResult{};
    if (context.cancel && context.cancel->load())
        return JobResult{QCoreApplication::translate("tagging", "cancelled"), {}};
    auto image = decodeForEmbedding(context.path);
    if (!image)
        return JobResult{image.error(), {}};
    auto detector = borrow();
    if (!detector)
        return JobResult{detector.error(), {}};
    auto detections = detector.value()->detect(image.value(), 0);
    const QStringList classNames = detector.value()->classNames();
    giveBack(detector.value());
    if (!detections)
        return JobResult{detections.error(), {}};
    const QList<SmartTagCandidate> labels = candidates(detections.value(), classNames);
    const qint64 assetId = context.assetId;
    return JobResult{{}, [=](QSqlDatabase db, JobQueue &) -> Status {
        TagRepository tags(db);
        return storeSmartTagCandidates(tags, assetId, GenericModels::Objects, 1, labels);
    }};
}

} // namespace tagsmith
