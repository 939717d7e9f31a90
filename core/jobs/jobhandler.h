#pragma once

#include "media/assetkind.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

namespace tagsmith {

class JobQueue;

// What a worker needs to know about the job's asset (read on the runner's thread).
struct JobContext {
    qint64 assetId = 0;
    QString path;
    QString contentHash;
    QString mime;
    AssetKind assetKind = AssetKind::Other;
    const std::atomic<bool> *cancel = nullptr;
    // For long jobs (a video's frames): steps done of total, called on the worker's thread
    // as often as a step ends. Cheap and thread-safe; may be empty.
    std::function<void(int done, int total)> progress;
};

// The effect of a finished job, written on the runner's thread inside the transaction that
// also removes the job from the queue. It may queue follow-up jobs.
using JobWrite = std::function<Status(QSqlDatabase db, JobQueue &queue)>;

struct JobResult {
    QString error;      // non-empty: the job failed with this reason
    JobWrite write;     // may be empty
};

// One kind of job. run() is called on worker threads, concurrently: it must not touch the
// catalog (that is write()'s place) and must check `cancel` between long steps.
class JobHandler {
public:
    virtual ~JobHandler() = default;
    virtual QString kind() const = 0;
    // Inference jobs run on their own pool with one network per worker.
    virtual bool usesInference() const { return false; }
    virtual JobResult run(const JobContext &context) = 0;
};

} // namespace tagsmith
