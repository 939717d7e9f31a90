#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

namespace tagsmith {

// When a schedule fires, in local time: every day, or one day of the week.
struct ScheduleSpec {
    QString name;            // the key its last run is stored under
    int dayOfWeek = 0;       // 0 = daily, else Qt's 1 (Monday) … 7 (Sunday)
    QTime time{0, 0};

    // The latest firing time at or before `now`.
    QDateTime latestSlot(const QDateTime &now) const;
    // The first firing time after `now`.
    QDateTime nextSlot(const QDateTime &now) const;
    // Due when it never ran or its last run is older than the latest slot: a run missed while
    // nothing was running catches up once, and a run at or after the slot is not repeated.
    bool isDue(const QDateTime &lastRun, const QDateTime &now) const;
};

} // namespace tagsmith
