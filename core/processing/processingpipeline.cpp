#include "processingpipeline.h"

#include "objectjob.h"
#include "tagjob.h"
#include "textjob.h"
#include "thumbnailjob.h"
#include "videotagjob.h"

#include <QCoreApplication>
#include <QSettings>
#include <QThread>

namespace tagsmith {

ProcessingHandlers makeProcessingHandlers(const CatalogPtr &catalog, const QString &modelsDir, int inferenceWorkers,
                                          const VideoTagOptions &videoOptions)
{
    ProcessingHandlers result;
    result.handlers.push_back(std::make_shared<ThumbnailJob>());
    result.handlers.push_back(std::make_shared<TextJob>(modelsDir));
    // Images and videos share one embedder pool: both kinds run on the inference workers.
    // 0: the user's choice (Preferences, shared with the CLI), and when that is 0 too, one per core.
    if (inferenceWorkers <= 0)
        inferenceWorkers = QSettings().value(QStringLiteral("processing/inferenceWorkers"), 0).toInt();
    auto tagging = loadTaggingModels(catalog, modelsDir, inferenceWorkers > 0 ? inferenceWorkers : QThread::idealThreadCount());
    if (tagging) {
        if (tagging.value().objectDetector)
            result.handlers.push_back(ObjectJob::create(modelsDir, tagging.value().embedders->size()));
        result.handlers.push_back(TagJob::create(catalog, tagging.value()));
        result.handlers.push_back(VideoTagJob::create(catalog, std::move(tagging.value()), videoOptions));
    } else
        result.smartTagsOff = QCoreApplication::translate("tagging", "smart tags are off: %1").arg(tagging.error());
    return result;
}

VideoTagOptions videoOptionsFromSettings()
{
    // QSettings is QtCore: core may read the user's choice, it just never shows a widget.
    const QSettings settings;
    VideoTagOptions options;
    options.objectThreshold = settings.value(QStringLiteral("video/objectThreshold"), options.objectThreshold).toDouble();
    options.actionThreshold = settings.value(QStringLiteral("video/actionThreshold"), options.actionThreshold).toDouble();
    return options;
}

Status saveVideoThresholds(double objectThreshold, double actionThreshold)
{
    for (const double value : {objectThreshold, actionThreshold})
        if (!(value >= minimumVideoThreshold && value <= maximumVideoThreshold))
            return Error{QCoreApplication::translate("tagging", "a threshold must lie between %1 and %2, not %3")
                             .arg(minimumVideoThreshold).arg(maximumVideoThreshold).arg(value)};
    QSettings settings;
    settings.setValue(QStringLiteral("video/objectThreshold"), objectThreshold);
    settings.setValue(QStringLiteral("video/actionThreshold"), actionThreshold);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{QCoreApplication::translate("tagging", "cannot write the settings file %1").arg(settings.fileName())};
    return success();
}

Status enqueueProcessing(JobQueue &queue, const AssetRecord &asset, int priority)
{
    if (asset.status != AssetStatus::Ok)
        return success();
    if (asset.media.kind == AssetKind::Image) {
        // The tag job decodes the image once for the network and the thumbnail; the thumbnail
        // job comes just after it and finds its picture made (it alone runs when smart tags are off).
        if (Status queued = queue.enqueue(JobKind::Tag, asset.id, priority); !queued)
            return queued;
        return queue.enqueue(JobKind::Thumbnail, asset.id, priority - 1);
    }
    if (asset.media.kind == AssetKind::Video || asset.media.kind == AssetKind::Document)
        if (Status queued = queue.enqueue(JobKind::Thumbnail, asset.id, priority); !queued)
            return queued;
    if (asset.media.kind == AssetKind::Document)
        return queue.enqueue(JobKind::Text, asset.id, priority);
    if (asset.media.kind == AssetKind::Video)
        return queue.enqueue(VideoTagJob::Kind, asset.id, priority);
    return success();
}

} // namespace tagsmith
