#include "scheduletimer.h"

#include <QtConcurrent>

namespace tagsmith {

ScheduleTimer::ScheduleTimer(CatalogPtr catalog, QString modelsDir, QObject *parent, int checkMs, Clock clock)
    : QObject(parent), m_catalog(std::move(catalog)), m_modelsDir(std::move(modelsDir)), m_clock(std::move(clock))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleTimer::check);
    connect(&m_task, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_task.result();
        if (!outcome.error.isEmpty()) {
            Q_EMIT failed(outcome.error);
            return;
        }
        QStringList names;
        for (const ScheduleRun &run : outcome.runs)
            names << run.name;
        if (!names.isEmpty())
            Q_EMIT ran(names);
    });
    m_timer.start(checkMs);
    QTimer::singleShot(0, this, &ScheduleTimer::check);
}

ScheduleTimer::~ScheduleTimer()
{
    // A training in progress finishes: its version is written in one transaction.
    m_task.waitForFinished();
}

void ScheduleTimer::check()
{
    if (m_task.isRunning())
        return;
    m_task.setFuture(QtConcurrent::run(&m_pool, [catalog = m_catalog, modelsDir = m_modelsDir, now = m_clock()] {
        auto runs = Scheduler(catalog, modelsDir).runDue(now);
        return runs ? Outcome{runs.value(), {}} : Outcome{{}, runs.error()};
    }));
}

} // namespace tagsmith
