#pragma once

#include "catalog/catalog.h"
#include "jobhandler.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace tagsmith {

struct JobRunnerOptions {
    int decodeThreads = 0;      // 0 = one per core
    int inferenceThreads = 0;   // 0 = one per core
    // Workers yield the cores to anything else (on Linux: SCHED_IDLE), so a GUI thread stays
    // responsive while thumbnails and smart tags are computed behind it.
    bool background = false;

    // The user's choice (Preferences, shared with the CLI): `processing/decodeWorkers` for the
    // thumbnail and text pool; the inference pool follows the embedders (processing/inferenceWorkers
    // in makeProcessingHandlers). 0 or unset: one per core.
    static JobRunnerOptions fromSettings();
    static inline const QString DecodeWorkersKey = QStringLiteral("processing/decodeWorkers");
};

struct JobProgress {
    int done = 0;               // finished in this run (failed ones included)
    int failed = 0;
    int remaining = 0;          // still queued
    double perSecond = 0;
    QString currentKind;
    // The long job that reported steps last (a video being tagged), while its batch runs:
    // stepsTotal is 0 when none did. stepUpdate marks a report made within a batch, when
    // only these fields changed (the counts above are those of the last finished batch).
    QString stepKind;
    QString stepPath;
    int stepsDone = 0;
    int stepsTotal = 0;
    bool stepUpdate = false;
};

// Runs queued jobs on two bounded pools (decoding, inference) until the queue holds nothing
// it has handlers for, or until cancelled. Effects commit per batch, with the jobs' removal.
class JobRunner {
public:
    JobRunner(CatalogPtr catalog, std::vector<std::shared_ptr<JobHandler>> handlers, JobRunnerOptions options = {});

    // Cancel: stops within about one job per worker; unfinished jobs go back to the queue.
    // `progress` is called on this thread: after each batch, and within one whenever a job
    // reports a step (JobContext::progress), at most every job step.
    Status runUntilIdle(const std::function<void(const JobProgress &)> &progress = {},
                        const std::atomic<bool> *cancel = nullptr, const std::atomic<bool> *pause = nullptr);

private:
    CatalogPtr m_catalog;
    std::vector<std::shared_ptr<JobHandler>> m_handlers;
    JobRunnerOptions m_options;
};

} // namespace tagsmith
