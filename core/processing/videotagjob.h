#pragma once

#include "tagjob.h"
#include "ml/cocodetector.h"
#include "tagrangerepository.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace tagsmith {

struct VideoTagOptions {
    int frames = 16;              // sampled per video, whatever its length
    int shortSide = 256;          // frames are decoded at about this short side (the net sees 224)
    int timeoutMs = 120'000;      // for sampling and embedding one video
    double objectThreshold = 0.7; // objects/scenes: object models (generic labels keep their own thresholds)
    double actionThreshold = 0.7; // actions: models whose kind is "action"
};

// Aggregation over time, per tag: the video's confidence is the mean of the tag's k highest
// frame confidences with k = min(3, frames), so a tag seen in one frame of many scores about a
// third of that frame's confidence and needs support in several frames to pass a threshold;
// a one-frame video uses its one frame. The ranges are the runs of frames at or over the
// threshold, each frame standing for the time up to the midpoints with its neighbours.
struct TagSeriesSummary {
    double confidence = 0;
    QList<QPair<double, double>> ranges;   // seconds
};
TagSeriesSummary summariseTagSeries(const std::vector<double> &times, const std::vector<float> &confidences,
                                    double duration, double threshold);

// One video-level tag.
struct VideoTag {
    QString tag;
    QString model;
    int version = 1;
    bool action = false;   // from an action model (its own set and threshold)
    double confidence = 0;
    QList<QPair<double, double>> ranges;
};

struct VideoTagging {
    int frames = 0;
    double duration = 0;
    std::vector<float> embedding;   // mean of the frame embeddings, unit length
    std::vector<float> probs;       // mean of the frame class probabilities
    QList<VideoTag> tags;           // every candidate over the floor, by confidence descending
    bool hasActionModel = false;
    bool objectsDetected = false;   // the COCO detector ran on the frames (its pack is installed)
};

// Smart tags for a video: time-spaced frames (rotation applied, reduced size, one deadline),
// each embedded and run through every trained model, the generic ImageNet labels and, when its
// pack is installed, the COCO object detector (people, cars, balls: what videos show), then
// aggregated over time (summariseTagSeries). The mean frame embedding becomes the video's
// embedding, so find-similar works for videos. Checks `cancel` between frames.
class VideoTagJob : public JobHandler {
public:
    static inline const QString Kind = QStringLiteral("video-tag");

    static Result<std::shared_ptr<VideoTagJob>> create(const CatalogPtr &catalog, const QString &modelsDir, int workers,
                                                       VideoTagOptions options = {});
    static std::shared_ptr<VideoTagJob> create(const CatalogPtr &catalog, TaggingModels models, VideoTagOptions options = {});

    // Called after each frame with frames done and the planned count (a damaged or short video
    // may end before it), on the calling thread.
    using Progress = std::function<void(int done, int planned)>;

    // The analysis alone, without the catalog (the job and `bench video` use it).
    Result<VideoTagging> analyse(const QString &path, const std::atomic<bool> *cancel = nullptr,
                                 const Progress &progress = {}) const;

    QString kind() const override { return Kind; }
    bool usesInference() const override { return true; }
    JobResult run(const JobContext &context) override;

    const VideoTagOptions &options() const { return m_options; }
    const TaggingModels &models() const { return m_tagging; }

private:
    VideoTagJob() = default;

    // The COCO detector, loaded on first use; one cv::dnn::Net, so calls take turns (a video
    // spends most of its time decoding and embedding).
    ml::CocoDetector *detector() const;

    CatalogPtr m_catalog;
    TaggingModels m_tagging;
    VideoTagOptions m_options;
    QString m_modelsDir;
    mutable std::mutex m_detectorMutex;
    mutable std::unique_ptr<ml::CocoDetector> m_detector;
    mutable bool m_detectorTried = false;
};

} // namespace tagsmith
