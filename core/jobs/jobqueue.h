#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tagsmith {

// Job priorities: higher runs first.
namespace JobPriority {
constexpr int VisibleThumbnail = 30;
constexpr int NewImport = 20;
constexpr int UserAction = 10;
constexpr int Background = 0;
}

namespace JobKind {
inline const QString Thumbnail = QStringLiteral("thumbnail");
inline const QString Text = QStringLiteral("text");
inline const QString Embed = QStringLiteral("embed");
inline const QString Tag = QStringLiteral("tag");
}

struct JobRecord {
    qint64 id = 0;
    QString kind;
    qint64 assetId = 0;
    int priority = 0;
    QString state;      // "queued", "running" or "failed"
    int attempts = 0;
    QString error;
};

struct JobCounts {
    int queued = 0;
    int running = 0;
    int failed = 0;
};

// One kind's share of the queue; `done` counts assets this kind has ever processed.
struct KindCounts {
    QString kind;
    JobCounts jobs;
    int done = 0;
};

// The persistent job queue: one row per (kind, asset) while work is pending or failed.
// A job's effect and its removal from the queue commit in one transaction, so after a
// crash nothing is done twice and nothing committed is lost.
class JobQueue {
public:
    explicit JobQueue(QSqlDatabase db) : m_db(std::move(db)) {}

    // Queues (or re-queues a failed) job; an already queued one keeps the higher priority.
    Status enqueue(const QString &kind, qint64 assetId, int priority);
    // Queues `kind` for every usable asset of one kind ("image", "video", "document").
    Status enqueueAll(const QString &kind, const QString &assetKind, int priority);
    // The same for the assets whose current content `kind` has not processed yet.
    Status enqueueAllUnprocessed(const QString &kind, const QString &assetKind, int priority);
    // Jobs a killed process left running go back to the queue.
    Status resetInterrupted();
    // Marks up to `limit` queued jobs of these kinds running and returns them, best first.
    Result<QList<JobRecord>> claim(const QStringList &kinds, int limit);
    // The job's effect has been written in the same transaction.
    Status complete(const JobRecord &job, const QString &contentHash);
    Status fail(const JobRecord &job, const QString &reason);
    // Removes a job with nothing to do (its asset is gone) without recording it as done.
    Status drop(const JobRecord &job);
    // The asset's failed jobs run again: its file, gone when they ran, is back (or moved).
    Status requeueFailed(qint64 assetId);
    // Puts claimed jobs back (cancel or pause).
    Status release(const QList<JobRecord> &jobs);
    Status retryFailed();
    Status cancelQueued(const QString &kind = {});

    Result<JobCounts> counts() const;
    // Every kind that has queued, failed or finished jobs, by kind name.
    Result<QList<KindCounts>> countsByKind() const;
    Result<QList<JobRecord>> failed() const;
    // When (seconds since the epoch) the asset's current content was last processed by `kind`; 0 if never.
    qint64 lastProcessed(qint64 assetId, const QString &kind, const QString &contentHash) const;

private:
    // enqueueAll's statement: `unprocessed` narrows the assets (binding `kind` once more), `onConflict` says what
    // an already queued job gets.
    Status enqueueWhere(const QString &kind, const QString &assetKind, int priority, const QString &unprocessed,
                        const QString &onConflict);
    QSqlDatabase m_db;
};

} // namespace tagsmith
