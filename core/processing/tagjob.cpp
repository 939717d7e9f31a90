#include "tagjob.h"

#include "catalog/embeddingrepository.h"
#include "catalog/modelrepository.h"
#include "catalog/tagrepository.h"
#include "jobs/jobqueue.h"
#include "media/jpegstructure.h"
#include "ml/modelpack.h"
#include "objectjob.h"
#include "tagging/decodedthumbnail.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace tagsmith {
Status storeSmartTagCandidates(TagRepository &tags, qint64 assetId, const QString &model, int version,
                               const QList<SmartTagCandidate> &candidates)
{
    QStringList kept;
    for (const SmartTagCandidate &candidate : candidates) {
        kept << normaliseTagPath(candidate.tag);
        if (Status set = tags.setSmartTag(assetId, candidate.tag, model, version, candidate.confidence); !set)
            return set;
    }
    return tags.clearSmartTags(assetId, model, kept);
}

QString TaggingModels::genericTag(int index) const
{
    if (index <= 0 || index >= imagenetLabels.size())
        return {};
    const QString label = imagenetLabels.at(index).section(QLatin1Char(','), 0, 0).trimmed();
    return QStringLiteral("imagenet/") + QString(label).replace(QLatin1Char('/'), QLatin1Char('-'));
}

Result<TaggingModels> loadTaggingModels(const CatalogPtr &catalog, const QString &modelsDir, int workers)
{
    auto pool = EmbedderPool::create(modelsDir, workers);
    if (!pool)
        return Error{pool.error()};
    TaggingModels tagging;
    tagging.embedders = pool.value();
    if (auto pack = ml::ModelPack::load(modelsDir, QStringLiteral("mobilenet_v2_imagenet")); pack) {
        if (auto labels = pack.value().labels(); labels)
            tagging.imagenetLabels = labels.value();
    }
    tagging.objectDetector = ml::ModelPack::load(modelsDir, QStringLiteral("coco_centernet")).ok();
    tagging.modelsDir = modelsDir;
    ModelRepository models(catalog->connection());
    auto all = models.list();
    if (!all)
        return Error{all.error()};
    for (const ModelRecord &model : all.value()) {
        if (model.currentVersion <= 0)
            continue;
        auto version = models.version(model.id, model.currentVersion);
        if (!version || !version.value() || version.value()->weights.isEmpty())
            continue;
        auto weights = ml::TagModel::fromBytes(version.value()->weights);
        if (!weights || weights.value().embeddingVariant() != tagging.embedders->variant())
            continue;   // trained on another embedder: it needs re-training, not wrong tags
        tagging.models.push_back(ActiveModel{model.name, model.currentVersion, model.kind, model.threshold, weights.value()});
    }
    return tagging;
}

Result<std::shared_ptr<TagJob>> TagJob::create(const CatalogPtr &catalog, const QString &modelsDir, int workers)
{
    auto tagging = loadTaggingModels(catalog, modelsDir, workers);
    if (!tagging)
        return Error{tagging.error()};
    return create(catalog, std::move(tagging.value()));
}

std::shared_ptr<TagJob> TagJob::create(const CatalogPtr &catalog, TaggingModels models)
{
    std::shared_ptr<TagJob> job(new TagJob);
    job->m_catalog = catalog;
    job->m_tagging = std::move(models);
    return job;
}

QString TagJob::kind() const { return JobKind::Tag; }

struct TagJob::Input {
    QString error;              // non-empty: the job fails with it
    bool cached = false;
    CachedEmbedding embedding;  // when cached
    cv::Mat bgr;                // when not: the decoded image for the network
};

TagJob::Input TagJob::prepare(const JobContext &context) const
{
    Input input;
    auto cached = EmbeddingRepository(m_catalog->connection()).find(context.contentHash, m_tagging.embedders->variant());
    if (!cached) {
        input.error = cached.error();
        return input;
    }
    const bool thumbnailDue = !m_thumbnailer.isFresh(context.path);
    if (cached.value()) {
        input.cached = true;
        input.embedding = *cached.value();
        if (!thumbnailDue)
            return input;
    }
    if (context.cancel && context.cancel->load()) {
        input.error = QCoreApplication::translate("tagging", "cancelled");
        return input;
    }
    auto image = decodeForEmbedding(context.path);
    if (!image) {
        input.error = image.error();
        return input;
    }
    if (thumbnailDue) {
        // One decode feeds both: OpenCV's JPEG decode is upright and, without an ICC
        // profile, what Qt would show; anything else takes the thumbnailer's own path.
        if (context.mime == QLatin1String("image/jpeg") && !JpegStructure::hasColourProfile(context.path))
            m_thumbnailer.storeDecoded(context.path, decodedThumbnail(image.value(), Thumbnailer::Size));
        else
            (void)m_thumbnailer.thumbnail(context.path);   // its own job reports a failure
    }
    if (!input.cached)
        input.bgr = image.value();
    return input;
}

JobResult TagJob::run(const JobContext &context)
{
    if (context.assetKind != AssetKind::Image)
        return JobResult{};
    const Input input = prepare(context);
    if (!input.error.isEmpty())
        return JobResult{input.error, {}};
    if (input.cached)
        return finish(context, input.embedding, false);
    auto embedded = m_tagging.embedders->borrow()->embed(input.bgr);
    if (!embedded)
        return JobResult{embedded.error(), {}};
    return finish(context, CachedEmbedding{embedded.value().vector, embedded.value().probs}, true);
}

JobResult TagJob::finish(const JobContext &context, const CachedEmbedding &embedding, bool computed) const
{
    const QString variant = m_tagging.embedders->variant();
    QList<QPair<const ActiveModel *, QList<SmartTagCandidate>>> perModel;
    for (const ActiveModel &model : m_tagging.models) {
        const std::vector<float> confidences = model.model.predict(embedding.vector);
        QList<SmartTagCandidate> candidates;
        for (size_t i = 0; i < confidences.size() && i < size_t(model.model.tags().size()); ++i)
            if (confidences[i] >= SmartTagCandidateFloor)
                candidates << SmartTagCandidate{model.model.tags().at(qsizetype(i)), confidences[i]};
        perModel << qMakePair(&model, candidates);
    }
    QList<SmartTagCandidate> generic;
    if (!embedding.probs.empty() && m_tagging.imagenetLabels.size() >= qsizetype(embedding.probs.size())) {
        std::vector<int> order(embedding.probs.size());
        std::iota(order.begin(), order.end(), 0);
        const int top = std::min<int>(GenericLabelCount, int(order.size()));
        std::partial_sort(order.begin(), order.begin() + top, order.end(),
                          [&](int a, int b) { return embedding.probs[size_t(a)] > embedding.probs[size_t(b)]; });
        for (int i = 0; i < top; ++i) {
            const int index = order[size_t(i)];
            if (index == 0 || embedding.probs[size_t(index)] < GenericLabelFloor)
                continue;   // index 0 is "background"
            generic << SmartTagCandidate{m_tagging.genericTag(index), embedding.probs[size_t(index)]};
        }
    }

    const qint64 assetId = context.assetId;
    const QString hash = context.contentHash;
    const bool objects = m_tagging.objectDetector;
    return JobResult{{}, [=](QSqlDatabase db, JobQueue &queue) -> Status {
        if (computed) {
            if (Status stored = EmbeddingRepository(db).store(hash, variant, embedding); !stored)
                return stored;
        }
        TagRepository tags(db);
        for (const auto &[model, candidates] : perModel)
            if (Status stored = storeSmartTagCandidates(tags, assetId, model->name, model->version, candidates); !stored)
                return stored;
        if (Status stored = storeSmartTagCandidates(tags, assetId, GenericModel, 1, generic); !stored)
            return stored;
        return objects ? ObjectJob::enqueueFor(db, queue, assetId, hash) : success();
    }};
}

} // namespace tagsmith
