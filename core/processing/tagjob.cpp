#include "tagjob.h"

#include "catalog/embeddingrepository.h"
#include "catalog/modelrepository.h"
#include "catalog/tagrepository.h"
#include "jobs/jobqueue.h"
#include "ml/modelpack.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace tagsmith {
namespace {

// Candidates under this are not worth a row; above it they are stored even when below the
// model's threshold, so lowering the threshold needs no re-run.
constexpr float kCandidateFloor = 0.05f;
constexpr int kGenericLabels = 5;
constexpr float kGenericFloor = 0.15f;

struct Candidate {
    QString tag;
    float confidence;
};

Status storeCandidates(TagRepository &tags, qint64 assetId, const QString &model, int version, const QList<Candidate> &candidates)
{
    QStringList kept;
    for (const Candidate &candidate : candidates) {
        kept << normaliseTagPath(candidate.tag);
        if (Status set = tags.setSmartTag(assetId, candidate.tag, model, version, candidate.confidence); !set)
            return set;
    }
    return tags.clearSmartTags(assetId, model, kept);
}

} // namespace

Result<std::shared_ptr<TagJob>> TagJob::create(const CatalogPtr &catalog, const QString &modelsDir, int workers)
{
    auto pool = EmbedderPool::create(modelsDir, workers);
    if (!pool)
        return Error{pool.error()};
    std::shared_ptr<TagJob> job(new TagJob);
    job->m_catalog = catalog;
    job->m_embedders = pool.value();
    if (auto pack = ml::ModelPack::load(modelsDir, QStringLiteral("mobilenet_v2_imagenet")); pack) {
        if (auto labels = pack.value().labels(); labels)
            job->m_imagenetLabels = labels.value();
    }
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
        if (!weights || weights.value().embeddingVariant() != job->m_embedders->variant())
            continue;   // trained on another embedder: it needs re-training, not wrong tags
        job->m_models.push_back(ActiveModel{model.name, model.currentVersion, weights.value()});
    }
    return job;
}

QString TagJob::kind() const { return JobKind::Tag; }

JobResult TagJob::run(const JobContext &context)
{
    if (context.assetKind != AssetKind::Image)
        return JobResult{};
    const QString variant = m_embedders->variant();
    auto cached = EmbeddingRepository(m_catalog->connection()).find(context.contentHash, variant);
    if (!cached)
        return JobResult{cached.error(), {}};
    bool computed = false;
    CachedEmbedding embedding;
    if (cached.value()) {
        embedding = *cached.value();
    } else {
        if (context.cancel && context.cancel->load())
            return JobResult{QCoreApplication::translate("tagging", "cancelled"), {}};
        auto image = decodeForEmbedding(context.path);
        if (!image)
            return JobResult{image.error(), {}};
        auto result = m_embedders->borrow()->embed(image.value());
        if (!result)
            return JobResult{result.error(), {}};
        embedding = CachedEmbedding{result.value().vector, result.value().probs};
        computed = true;
    }

    QList<QPair<const ActiveModel *, QList<Candidate>>> perModel;
    for (const ActiveModel &model : m_models) {
        const std::vector<float> confidences = model.model.predict(embedding.vector);
        QList<Candidate> candidates;
        for (size_t i = 0; i < confidences.size() && i < size_t(model.model.tags().size()); ++i)
            if (confidences[i] >= kCandidateFloor)
                candidates << Candidate{model.model.tags().at(qsizetype(i)), confidences[i]};
        perModel << qMakePair(&model, candidates);
    }
    QList<Candidate> generic;
    if (!embedding.probs.empty() && m_imagenetLabels.size() >= qsizetype(embedding.probs.size())) {
        std::vector<int> order(embedding.probs.size());
        std::iota(order.begin(), order.end(), 0);
        const int top = std::min<int>(kGenericLabels, int(order.size()));
        std::partial_sort(order.begin(), order.begin() + top, order.end(),
                          [&](int a, int b) { return embedding.probs[size_t(a)] > embedding.probs[size_t(b)]; });
        for (int i = 0; i < top; ++i) {
            const int index = order[size_t(i)];
            if (index == 0 || embedding.probs[size_t(index)] < kGenericFloor)
                continue;   // index 0 is "background"
            const QString label = m_imagenetLabels.at(index).section(QLatin1Char(','), 0, 0).trimmed();
            generic << Candidate{QStringLiteral("imagenet/") + QString(label).replace(QLatin1Char('/'), QLatin1Char('-')),
                                 embedding.probs[size_t(index)]};
        }
    }

    const qint64 assetId = context.assetId;
    const QString hash = context.contentHash;
    return JobResult{{}, [=](QSqlDatabase db, JobQueue &) -> Status {
        if (computed) {
            if (Status stored = EmbeddingRepository(db).store(hash, variant, embedding); !stored)
                return stored;
        }
        TagRepository tags(db);
        for (const auto &[model, candidates] : perModel)
            if (Status stored = storeCandidates(tags, assetId, model->name, model->version, candidates); !stored)
                return stored;
        return storeCandidates(tags, assetId, GenericModel, 1, generic);
    }};
}

} // namespace tagsmith
