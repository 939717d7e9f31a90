#include "schedulespec.h"

namespace tagsmith {
namespace {

constexpr int kWeek = 7;

} // namespace

QDateTime ScheduleSpec::latestSlot(const QDateTime &now) const
{
    for (int back = 0; back <= kWeek; ++back) {
        const QDate day = now.date().addDays(-back);
        if (dayOfWeek != 0 && day.dayOfWeek() != dayOfWeek)
            continue;
        const QDateTime slot(day, time, now.timeSpec());
        if (slot <= now)
            return slot;
    }
    return {};
}

QDateTime ScheduleSpec::nextSlot(const QDateTime &now) const
{
    for (int ahead = 0; ahead <= kWeek; ++ahead) {
        const QDate day = now.date().addDays(ahead);
        if (dayOfWeek != 0 && day.dayOfWeek() != dayOfWeek)
            continue;
        const QDateTime slot(day, time, now.timeSpec());
        if (slot > now)
            return slot;
    }
    return {};
}

bool ScheduleSpec::isDue(const QDateTime &lastRun, const QDateTime &now) const
{
    return !lastRun.isValid() || lastRun < latestSlot(now);
}

} // namespace tagsmith
