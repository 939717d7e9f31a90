#pragma once

#include "jobs/jobhandler.h"
#include "ml/cocodetector.h"
#include "tagjob.h"

#include <QMutex>
#include <QWaitCondition>

#include <memory>
#include <vector>

namespace tagsmith {

class JobQueue;

// COCO object labels below this are not worth a row (the detector's peaks are modest: a
// clear dog scores 0.43); above it they are stored even under the threshold.
constexpr float ObjectLabelFloor = 0.1f;

// The generic COCO object labels of an image ("coco/<class>", source GenericModels::Objects):
// each class's best heat-map peak. CenterNet costs about 7× the embedder, so it is its own job
// at background priority, queued by the tag job after the custom smart tags are written, and
// only where generic labels are on.
class ObjectJob : public JobHandler {
public:
    static inline const QString Kind = QStringLiteral("objects");

    // Detectors are loaded on first use, at most `workers` of them (one cv::dnn::Net per thread).
    static std::shared_ptr<ObjectJob> create(const QString &modelsDir, int workers);

    // Queues the job for an image whose current content has not been through it, unless
    // generic labels are off in its folder.
    static Status enqueueFor(QSqlDatabase db, JobQueue &queue, qint64 assetId, const QString &contentHash);

    // The image-level labels of one detection.
    static QList<SmartTagCandidate> candidates(const ml::ObjectDetections &detections, const QStringList &classNames);
    // The tag path of a COCO class ("coco/<class>").
    static QString tagFor(const QString &className);

    QString kind() const override { return Kind; }
    bool usesInference() const override { return true; }
    JobResult run(const JobContext &context) override;

private:
    ObjectJob() = default;
    Result<ml::CocoDetector *> borrow();
    void giveBack(ml::CocoDetector *detector);

    QString m_modelsDir;
    int m_capacity = 1;
    std::vector<std::unique_ptr<ml::CocoDetector>> m_all;
    std::vector<ml::CocoDetector *> m_free;
    QMutex m_mutex;
    QWaitCondition m_available;
};

} // namespace tagsmith
