#include "schedulestore.h"

#include "catalog/sql.h"

namespace tagsmith {

QDateTime ScheduleStore::lastRun(const QString &name) const
{
    const QVariant seconds = sql::scalar(m_db, QStringLiteral("SELECT last_run FROM schedule_runs WHERE name = ?"), {name});
    return seconds.isValid() ? QDateTime::fromSecsSinceEpoch(seconds.toLongLong()) : QDateTime();
}

Status ScheduleStore::setLastRun(const QString &name, const QDateTime &when)
{
    auto stored = sql::exec(m_db, QStringLiteral("INSERT INTO schedule_runs(name, last_run) VALUES(?, ?) "
                                                 "ON CONFLICT(name) DO UPDATE SET last_run = excluded.last_run"),
                            {name, when.toSecsSinceEpoch()});
    return stored ? success() : Status(Error{stored.error()});
}

} // namespace tagsmith
