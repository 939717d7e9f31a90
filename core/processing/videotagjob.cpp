#include "videotagjob.h"

#include "catalog/embeddingrepository.h"
#include "catalog/genericlabelrepository.h"
#include "catalog/tagrepository.h"
#include "objectjob.h"
#include "videoframesampler.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tagsmith {

namespace {

// One sampled frame's scores: every model's confidences and the ImageNet probabilities.
struct FrameScores {
    double seconds = 0;
    std::vector<std::vector<float>> perModel;
    std::vector<float> probs;
    std::vector<float> objects;   // per COCO class, its best peak (empty without the detector)
};

QString cancelled() { return QCoreApplication::translate("tagging", "cancelled"); }

double topKMean(std::vector<float> values)
{
    if (values.empty())
        return 0;
    const size_t k = std::min<size_t>(3, values.size());
    std::partial_sort(values.begin(), values.begin() + std::ptrdiff_t(k), values.end(), std::greater<float>());
    double sum = 0;
    for (size_t i = 0; i < k; ++i)
        sum += values[i];
    return sum / double(k);
}

std::vector<float> unitLength(const std::vector<double> &sum)
{
    double norm = 0;
    for (const double v : sum)
        norm += v * v;
    norm = std::sqrt(norm);
    std::vector<float> result(sum.size());
    for (size_t i = 0; i < sum.size(); ++i)
        result[i] = norm > 0 ? float(sum[i] / norm) : 0.0f;
    return result;
}

void addTo(std::vector<double> &sum, const std::vector<float> &values)
{
    sum.resize(std::max(sum.size(), values.size()), 0.0);
    for (size_t i = 0; i < values.size(); ++i)
        sum[i] += values[i];
}
} // namespace

ml::CocoDetector *VideoTagJob::detector() const
{
    const std::lock_guard lock(m_detectorMutex);
    if (!m_detectorTried && !m_modelsDir.isEmpty()) {
        m_detectorTried = true;
        // Without the pack videos keep their ImageNet labels; with a broken one as well.
        if (auto pack = ml::ModelPack::load(m_modelsDir, QStringLiteral("coco_centernet")))
            if (auto made = ml::CocoDetector::create(pack.value()))
                m_detector = std::make_unique<ml::CocoDetector>(std::move(made).value());
    }
    return m_detector.get();
}

TagSeriesSummary summariseTagSeries(const std::vector<double> &times, const std::vector<float> &confidences,
                                    double duration, double threshold)
{
    TagSeriesSummary summary;
    summary.confidence = topKMean(confidences);
    const size_t n = std::min(times.size(), confidences.size());
    const double end = std::max(duration, n > 0 ? times[n - 1] : 0.0);
    for (size_t i = 0; i < n; ++i) {
        if (confidences[i] < threshold)
            continue;
        const double from = i == 0 ? 0.0 : (times[i - 1] + times[i]) / 2;
        const double to = i + 1 == n ? end : (times[i] + times[i + 1]) / 2;
        if (!summary.ranges.isEmpty() && i > 0 && confidences[i - 1] >= threshold)
            summary.ranges.last().second = to;
        else
            summary.ranges << qMakePair(from, to);
    }
    return summary;
}

Result<std::shared_ptr<VideoTagJob>> VideoTagJob::create(const CatalogPtr &catalog, const QString &modelsDir, int workers,
                                                         VideoTagOptions options)
{
    auto tagging = loadTaggingModels(catalog, modelsDir, workers);
    if (!tagging)
        return Error{tagging.error()};
    return create(catalog, std::move(tagging.value()), options);
}

std::shared_ptr<VideoTagJob> VideoTagJob::create(const CatalogPtr &catalog, TaggingModels models, VideoTagOptions options)
{
    std::shared_ptr<VideoTagJob> job(new VideoTagJob);
    job->m_catalog = catalog;
    if (models.objectDetector)
        job->m_modelsDir = models.modelsDir;
    job->m_tagging = std::move(models);
    job->m_options = options;
    return job;
}

Result<VideoTagging> VideoTagJob::analyse(const QString &path, const std::atomic<bool> *cancel, const Progress &progress) const
{
    std::vector<FrameScores> frames;
    std::vector<double> embeddingSum;
    std::vector<double> probSum;
    QString embedError;
    ProbeLimits limits;
    limits.timeoutMs = m_options.timeoutMs;
    const auto sampled = VideoFrameSampler(limits).sample(path, m_options.frames, m_options.shortSide,
                                                          [&](const TimedFrame &frame) {
        if (cancel && cancel->load())
            return false;
        const Result<ml::Embedding> embedding = m_tagging.embedders->borrow()->embed(frame.bgr());
        if (!embedding) {
            embedError = embedding.error();
            return true;   // one bad frame does not sink the video
        }
        FrameScores scores;
        scores.seconds = frame.seconds;
        for (const ActiveModel &model : m_tagging.models)
            scores.perModel.push_back(model.model.predict(embedding.value().vector));
        scores.probs = embedding.value().probs;
        if (ml::CocoDetector *coco = detector()) {
            const std::lock_guard lock(m_detectorMutex);
            if (auto detected = coco->detect(frame.bgr(), 0))
                scores.objects = std::move(detected.value().classScores);
        }
        addTo(embeddingSum, embedding.value().vector);
        addTo(probSum, embedding.value().probs);
        frames.push_back(std::move(scores));
        if (progress)
            progress(int(frames.size()), m_options.frames);
        return true;
    });
    if (cancel && cancel->load())
        return Error{cancelled()};
    if (!sampled)
        return Error{sampled.error()};
    if (frames.empty())
        return Error{embedError.isEmpty() ? QCoreApplication::translate("tagging", "no frame could be decoded") : embedError};

    VideoTagging result;
    result.frames = int(frames.size());
    result.duration = sampled.value().duration;
    result.embedding = unitLength(embeddingSum);
    for (const double p : probSum)
        result.probs.push_back(float(p / double(frames.size())));
    std::vector<double> times;
    for (const FrameScores &frame : frames)
        times.push_back(frame.seconds);
    const auto series = [&](auto value) {
        std::vector<float> values;
        for (const FrameScores &frame : frames)
            values.push_back(value(frame));
        return values;
    };

    for (size_t m = 0; m < m_tagging.models.size(); ++m) {
        const ActiveModel &model = m_tagging.models[m];
        const bool action = model.kind == QLatin1String("action");
        result.hasActionModel = result.hasActionModel || action;
        for (qsizetype t = 0; t < model.model.tags().size(); ++t) {
            const auto confidences = series([&](const FrameScores &frame) {
                return size_t(t) < frame.perModel[m].size() ? frame.perModel[m][size_t(t)] : 0.0f;
            });
            const TagSeriesSummary summary = summariseTagSeries(times, confidences, result.duration,
                                                                action ? m_options.actionThreshold : m_options.objectThreshold);
            if (summary.confidence >= SmartTagCandidateFloor)
                result.tags << VideoTag{model.model.tags().at(t), model.name, model.version, action, summary.confidence, summary.ranges};
        }
    }

    // Generic labels: the classes whose aggregated probability is highest, over the floor; their
    // ranges under the generic source's own threshold, the one that decides whether they apply.
    const GenericLabelRepository genericLabels(m_catalog->connection());
    const double imagenetThreshold = genericLabels.threshold(GenericModels::ImageNet);
    const size_t classes = frames.front().probs.size();
    if (classes > 0 && m_tagging.imagenetLabels.size() >= qsizetype(classes)) {
        std::vector<std::pair<double, int>> ranked;
        for (size_t c = 1; c < classes; ++c)   // 0 is "background"
            ranked.emplace_back(topKMean(series([&](const FrameScores &frame) {
                                    return c < frame.probs.size() ? frame.probs[c] : 0.0f;
                                })), int(c));
        const size_t top = std::min<size_t>(GenericLabelCount, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(top), ranked.end(), std::greater<>());
        for (size_t i = 0; i < top && ranked[i].first >= GenericLabelFloor; ++i) {
            const int c = ranked[i].second;
            const auto summary = summariseTagSeries(times, series([&](const FrameScores &frame) { return frame.probs[size_t(c)]; }),
                                                    result.duration, imagenetThreshold);
            result.tags << VideoTag{m_tagging.genericTag(c), TagJob::GenericModel, 1, false, summary.confidence, summary.ranges};
        }
    }
    // COCO objects, the same way under their own threshold (GenericModels::Objects in `settings`).
    const size_t objectClasses = frames.front().objects.size();
    if (ml::CocoDetector *coco = objectClasses > 0 ? detector() : nullptr) {
        result.objectsDetected = true;
        const double threshold = genericLabels.threshold(GenericModels::Objects);
        const auto objectSeries = [&](size_t c) {
            return series([&](const FrameScores &frame) { return c < frame.objects.size() ? frame.objects[c] : 0.0f; });
        };
        std::vector<std::pair<double, size_t>> ranked;
        for (size_t c = 0; c < objectClasses && qsizetype(c) < coco->classNames().size(); ++c)
            ranked.emplace_back(topKMean(objectSeries(c)), c);
        const size_t top = std::min<size_t>(GenericLabelCount, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(top), ranked.end(), std::greater<>());
        for (size_t i = 0; i < top && ranked[i].first >= ObjectLabelFloor; ++i) {
            const size_t c = ranked[i].second;
            const auto summary = summariseTagSeries(times, objectSeries(c), result.duration, threshold);
            result.tags << VideoTag{ObjectJob::tagFor(coco->classNames().at(qsizetype(c))), GenericModels::Objects, 1, false,
                                    summary.confidence, summary.ranges};
        }
    }
    std::stable_sort(result.tags.begin(), result.tags.end(),
                     [](const VideoTag &a, const VideoTag &b) { return a.confidence > b.confidence; });
    return result;
}

JobResult VideoTagJob::run(const JobContext &context)
{
    if (context.assetKind != AssetKind::Video)
        return JobResult{};
    auto analysed = analyse(context.path, context.cancel, context.progress);
    if (!analysed)
        return JobResult{analysed.error(), {}};
    const VideoTagging tagging = std::move(analysed.value());
    const qint64 assetId = context.assetId;
    const QString hash = context.contentHash;
    const QString variant = m_tagging.embedders->variant();
    QStringList models{TagJob::GenericModel};
    QList<int> versions{1};
    if (tagging.objectsDetected) {
        models << GenericModels::Objects;
        versions << 1;
    }
    for (const ActiveModel &model : m_tagging.models) {
        models << model.name;
        versions << model.version;
    }
    return JobResult{{}, [=](QSqlDatabase db, JobQueue &) -> Status {
        if (Status stored = EmbeddingRepository(db).store(hash, variant, CachedEmbedding{tagging.embedding, tagging.probs}); !stored)
            return stored;
        TagRepository tags(db);
        QList<TagRange> ranges;
        // Every model is written, also those with no candidate left, so stale tags are cleared.
        for (qsizetype m = 0; m < models.size(); ++m) {
            QList<SmartTagCandidate> candidates;
            for (const VideoTag &tag : tagging.tags) {
                if (tag.model != models.at(m))
                    continue;
                candidates << SmartTagCandidate{tag.tag, float(tag.confidence)};
                for (const auto &[from, to] : tag.ranges)
                    ranges << TagRange{tag.tag, tag.model, from, to};
            }
            if (Status stored = storeSmartTagCandidates(tags, assetId, models.at(m), versions.at(m), candidates); !stored)
                return stored;
        }
        return TagRangeRepository(db).replace(assetId, ranges);
    }};
}

} // namespace tagsmith
