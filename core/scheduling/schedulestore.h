#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace tagsmith {

// The last run of each schedule, kept in the catalog (schedule_runs) so a restart knows what it missed.
class ScheduleStore {
public:
    explicit ScheduleStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Invalid when the schedule never ran.
    QDateTime lastRun(const QString &name) const;
    Status setLastRun(const QString &name, const QDateTime &when);

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
