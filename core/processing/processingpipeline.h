#pragma once

#include "catalog/assetrecord.h"
#include "catalog/catalog.h"
#include "jobs/jobhandler.h"
#include "jobs/jobqueue.h"
#include "videotagjob.h"

#include <memory>
#include <vector>

namespace tagsmith {

struct ProcessingHandlers {
    std::vector<std::shared_ptr<JobHandler>> handlers;
    QString smartTagsOff;   // why smart tags are off (models not installed), empty when on
};

// Every handler this machine can run. Without the model packs, thumbnails and document text
// still run; tag jobs wait in the queue until the models are installed.
// inferenceWorkers 0 reads QSettings processing/inferenceWorkers (0 there: one per core).
// Video thresholds come from the caller (settings video/objectThreshold, video/actionThreshold).
ProcessingHandlers makeProcessingHandlers(const CatalogPtr &catalog, const QString &modelsDir, int inferenceWorkers = 0,
                                          const VideoTagOptions &videoOptions = {});

// The video thresholds the user chose (QSettings video/objectThreshold, video/actionThreshold;
// 0.7 each by default), for the front ends to pass to makeProcessingHandlers.
VideoTagOptions videoOptionsFromSettings();
// Stores the two video thresholds for every front end (they share the settings file); each must
// lie in [minimumVideoThreshold, maximumVideoThreshold], else the reason comes back and nothing changes.
Status saveVideoThresholds(double objectThreshold, double actionThreshold);
inline constexpr double minimumVideoThreshold = 0.05;
inline constexpr double maximumVideoThreshold = 0.99;

// Queues what a new or changed asset needs: a thumbnail, text for documents, smart tags for images and videos.
Status enqueueProcessing(JobQueue &queue, const AssetRecord &asset, int priority);

} // namespace tagsmith
