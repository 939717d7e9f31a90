#include "jobqueue.h"

#include "catalog/sql.h"

#include <QDateTime>

#include <algorithm>

namespace tagsmith {
namespace {

qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

Status asStatus(const Result<QSqlQuery> &result) { return result ? success() : Status(Error{result.error()}); }

JobRecord readJob(const QSqlQuery &q)
{
    return JobRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                     q.value(4).toString(), q.value(5).toInt(), q.value(6).toString()};
}

const QString kJobColumns = QStringLiteral("id, kind, asset_id, priority, state, attempts, error");

} // namespace

Status JobQueue::enqueue(const QString &kind, qint64 assetId, int priority)
{
    return asStatus(sql::exec(m_db, QStringLiteral(
        "INSERT INTO jobs(kind, asset_id, priority, state, created_at, updated_at) VALUES(?,?,?,'queued',?,?) "
        "ON CONFLICT(kind, asset_id) DO UPDATE SET priority = MAX(priority, excluded.priority), "
        "state = CASE WHEN state = 'failed' THEN 'queued' ELSE state END, updated_at = excluded.updated_at"),
        {kind, assetId, priority, now(), now()}));
}

Status JobQueue::enqueueAll(const QString &kind, const QString &assetKind, int priority)
{
    return enqueueWhere(kind, assetKind, priority, {},
                        QStringLiteral("DO UPDATE SET priority = MAX(priority, excluded.priority), "
                                       "state = CASE WHEN state = 'failed' THEN 'queued' ELSE state END, updated_at = excluded.updated_at"));
}

Status JobQueue::enqueueAllUnprocessed(const QString &kind, const QString &assetKind, int priority)
{
    return enqueueWhere(kind, assetKind, priority,
                        QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM job_history h WHERE h.asset_id = a.id AND h.kind = ? "
                                       "AND h.content_hash = a.content_hash)"),
                        QStringLiteral("DO NOTHING"));
}

Status JobQueue::enqueueWhere(const QString &kind, const QString &assetKind, int priority, const QString &unprocessed,
                              const QString &onConflict)
{
    QVariantList values{kind, priority, now(), now(), assetKind};
    if (!unprocessed.isEmpty())
        values << kind;
    return asStatus(sql::exec(m_db, QStringLiteral(
        "INSERT INTO jobs(kind, asset_id, priority, state, created_at, updated_at) "
        "SELECT ?, a.id, ?, 'queued', ?, ? FROM assets a WHERE a.status = 'ok' AND a.kind = ?%1 "
        "ON CONFLICT(kind, asset_id) %2").arg(unprocessed, onConflict),
        values));
}

Status JobQueue::resetInterrupted()
{
    return asStatus(sql::exec(m_db, QStringLiteral("UPDATE jobs SET state = 'queued' WHERE state = 'running'")));
}

Result<QList<JobRecord>> JobQueue::claim(const QStringList &kinds, int limit)
{
    QList<JobRecord> jobs;
    if (kinds.isEmpty())
        return jobs;
    QStringList marks;
    QVariantList values;
    for (const QString &kind : kinds) {
        marks << QStringLiteral("?");
        values << kind;
    }
    values << limit;
    Status status = sql::transaction(m_db, [&]() -> Status {
        jobs.clear();   // a retried transaction starts over
        auto query = sql::exec(m_db, QStringLiteral("SELECT %1 FROM jobs WHERE state = 'queued' AND kind IN (%2) "
                                                    "ORDER BY priority DESC, id LIMIT ?").arg(kJobColumns, marks.join(QLatin1Char(','))),
                               values);
        if (!query)
            return Error{query.error()};
        while (query.value().next())
            jobs << readJob(query.value());
        for (JobRecord &job : jobs) {
            job.state = QStringLiteral("running");
            if (auto marked = sql::exec(m_db, QStringLiteral("UPDATE jobs SET state = 'running', updated_at = ? WHERE id = ?"), {now(), job.id});
                !marked)
                return Error{marked.error()};
        }
        return success();
    });
    if (!status)
        return Error{status.error()};
    return jobs;
}

Status JobQueue::complete(const JobRecord &job, const QString &contentHash)
{
    if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM jobs WHERE id = ?"), {job.id}); !removed)
        return Error{removed.error()};
    return asStatus(sql::exec(m_db, QStringLiteral(
        "INSERT INTO job_history(asset_id, kind, content_hash, done_at) VALUES(?,?,?,?) "
        "ON CONFLICT(asset_id, kind) DO UPDATE SET content_hash = excluded.content_hash, done_at = excluded.done_at, runs = runs + 1"),
        {job.assetId, job.kind, contentHash, now()}));
}

Status JobQueue::fail(const JobRecord &job, const QString &reason)
{
    return asStatus(sql::exec(m_db, QStringLiteral(
        "UPDATE jobs SET state = 'failed', error = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?"),
        {reason, now(), job.id}));
}

Status JobQueue::drop(const JobRecord &job)
{
    return asStatus(sql::exec(m_db, QStringLiteral("DELETE FROM jobs WHERE id = ?"), {job.id}));
}

Status JobQueue::requeueFailed(qint64 assetId)
{
    return asStatus(sql::exec(m_db, QStringLiteral(
        "UPDATE jobs SET state = 'queued', error = NULL, updated_at = ? WHERE asset_id = ? AND state = 'failed'"),
        {now(), assetId}));
}

Status JobQueue::release(const QList<JobRecord> &jobs)
{
    for (const JobRecord &job : jobs) {
        if (auto released = sql::exec(m_db, QStringLiteral("UPDATE jobs SET state = 'queued' WHERE id = ? AND state = 'running'"), {job.id});
            !released)
            return Error{released.error()};
    }
    return success();
}

Status JobQueue::retryFailed()
{
    return asStatus(sql::exec(m_db, QStringLiteral("UPDATE jobs SET state = 'queued', error = NULL WHERE state = 'failed'")));
}

Status JobQueue::cancelQueued(const QString &kind)
{
    if (kind.isEmpty())
        return asStatus(sql::exec(m_db, QStringLiteral("DELETE FROM jobs WHERE state = 'queued'")));
    return asStatus(sql::exec(m_db, QStringLiteral("DELETE FROM jobs WHERE state = 'queued' AND kind = ?"), {kind}));
}

Result<JobCounts> JobQueue::counts() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT state, COUNT(*) FROM jobs GROUP BY state"));
    if (!query)
        return Error{query.error()};
    JobCounts counts;
    while (query.value().next()) {
        const QString state = query.value().value(0).toString();
        const int count = query.value().value(1).toInt();
        (state == QLatin1String("queued") ? counts.queued : state == QLatin1String("running") ? counts.running : counts.failed) = count;
    }
    return counts;
}

Result<QList<KindCounts>> JobQueue::countsByKind() const
{
    auto query = sql::exec(m_db, QStringLiteral(
        "SELECT kind, SUM(state = 'queued'), SUM(state = 'running'), SUM(state = 'failed'), 0 FROM jobs GROUP BY kind "
        "UNION ALL SELECT kind, 0, 0, 0, COUNT(*) FROM job_history GROUP BY kind"));
    if (!query)
        return Error{query.error()};
    QList<KindCounts> all;
    while (query.value().next()) {
        const QString kind = query.value().value(0).toString();
        auto it = std::find_if(all.begin(), all.end(), [&](const KindCounts &c) { return c.kind == kind; });
        if (it == all.end())
            it = all.insert(all.end(), KindCounts{kind, {}, 0});
        it->jobs.queued += query.value().value(1).toInt();
        it->jobs.running += query.value().value(2).toInt();
        it->jobs.failed += query.value().value(3).toInt();
        it->done += query.value().value(4).toInt();
    }
    std::sort(all.begin(), all.end(), [](const KindCounts &a, const KindCounts &b) { return a.kind < b.kind; });
    return all;
}

Result<QList<JobRecord>> JobQueue::failed() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT %1 FROM jobs WHERE state = 'failed' ORDER BY id").arg(kJobColumns));
    if (!query)
        return Error{query.error()};
    QList<JobRecord> jobs;
    while (query.value().next())
        jobs << readJob(query.value());
    return jobs;
}

qint64 JobQueue::lastProcessed(qint64 assetId, const QString &kind, const QString &contentHash) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT done_at FROM job_history WHERE asset_id = ? AND kind = ? AND content_hash = ?"),
                       {assetId, kind, contentHash}, 0).toLongLong();
}

} // namespace tagsmith
