#include "videotagsummary.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/modelrepository.h"
#include "processing/processingpipeline.h"

namespace tagsmith {

QList<QPair<double, double>> VideoTagSummary::rangesOf(const QString &tag, const QString &model) const
{
    QList<QPair<double, double>> result;
    for (const TagRange &range : ranges)
        if (range.tag == tag && range.model == model)
            result << qMakePair(range.startSeconds, range.endSeconds);
    return result;
}

double VideoTagSummary::thresholdFor(const QString &model, bool action) const
{
    if (const auto generic = genericThresholds.constFind(model); generic != genericThresholds.constEnd())
        return generic.value();
    return action ? actionThreshold : objectThreshold;
}

Result<VideoTagSummary> loadVideoTagSummary(QSqlDatabase db, qint64 assetId)
{
    VideoTagSummary summary;
    summary.assetId = assetId;
    auto ranges = TagRangeRepository(db).rangesOf(assetId);
    if (!ranges)
        return Error{ranges.error()};
    summary.ranges = ranges.value();
    auto models = ModelRepository(db).list();
    if (!models)
        return Error{models.error()};
    for (const ModelRecord &model : models.value())
        if (model.kind == QLatin1String("action"))
            summary.actionModels.insert(model.name);
    // The thresholds the tagger uses: the same settings make both.
    const VideoTagOptions options = videoOptionsFromSettings();
    summary.objectThreshold = options.objectThreshold;
    summary.actionThreshold = options.actionThreshold;
    const GenericLabelRepository generic(db);
    for (const QString &source : {GenericModels::ImageNet, GenericModels::Objects})
        summary.genericThresholds.insert(source, generic.threshold(source));
    return summary;
}

} // namespace tagsmith
