#include "scheduler.h"

#include "periodictagging.h"
#include "periodictraining.h"
#include "schedulestore.h"

#include <QJsonObject>
#include <QSettings>

namespace tagsmith {

ScheduleConfig ScheduleConfig::fromSettings()
{
    ScheduleConfig config;
    const QSettings settings;
    for (auto [spec, key] : {std::pair{&config.tagging, "schedule/taggingTime"}, std::pair{&config.training, "schedule/trainingTime"}}) {
        const QTime time = QTime::fromString(settings.value(QLatin1String(key)).toString(), QStringLiteral("HH:mm"));
        if (time.isValid())
            spec->time = time;
    }
    bool ok = false;
    const int day = settings.value(QStringLiteral("schedule/trainingDay")).toInt(&ok);
    if (ok && day >= 0 && day <= 7)
        config.training.dayOfWeek = day;
    return config;
}

Scheduler::Scheduler(CatalogPtr catalog, QString modelsDir, ScheduleConfig config)
    : m_catalog(std::move(catalog)), m_modelsDir(std::move(modelsDir)), m_config(std::move(config))
{
}

Result<QList<ScheduleState>> Scheduler::states(const QDateTime &now) const
{
    const ScheduleStore store(m_catalog->connection());
    QList<ScheduleState> result;
    for (const ScheduleSpec &spec : {m_config.tagging, m_config.training}) {
        const QDateTime last = store.lastRun(spec.name);
        result << ScheduleState{spec.name, last, spec.nextSlot(now), spec.isDue(last, now)};
    }
    return result;
}

Result<QList<ScheduleRun>> Scheduler::runDue(const QDateTime &now)
{
    auto current = states(now);
    if (!current)
        return Error{current.error()};
    QList<ScheduleRun> runs;
    ScheduleStore store(m_catalog->connection());
    for (const ScheduleState &state : current.value()) {
        if (!state.due)
            continue;
        auto run = state.name == ScheduleName::Tagging ? runTagging(now) : runTraining();
        if (!run)
            return Error{run.error()};
        // Recorded even when a model failed to train: its errors are reported, and retrying
        // every minute until the next slot would not fix examples that break AEM's rules.
        if (Status recorded = store.setLastRun(state.name, now); !recorded)
            return Error{recorded.error()};
        runs << run.value();
    }
    return runs;
}

Result<ScheduleRun> Scheduler::runTagging(const QDateTime &now)
{
    auto queued = queuePeriodicTagging(m_catalog->connection(), now);
    if (!queued)
        return Error{queued.error()};
    ScheduleRun run{ScheduleName::Tagging, queued.value(), {}, {}};
    return run;
}

Result<ScheduleRun> Scheduler::runTraining()
{
    auto models = modelsForPeriodicTraining(m_catalog->connection());
    if (!models)
        return Error{models.error()};
    ScheduleRun run{ScheduleName::Training, 0, {}, {}};
    for (const ModelRecord &model : models.value()) {
        auto report = retrainFromStoredExamples(m_catalog, m_modelsDir, model);
        if (!report) {
            run.errors << model.name + QStringLiteral(": ") + report.error();
            continue;
        }
        run.trained << QStringLiteral("%1 v%2 (%3)").arg(model.name).arg(report.value().value(QStringLiteral("version")).toInt())
                           .arg(report.value().value(QStringLiteral("status")).toString());
    }
    return run;
}

} // namespace tagsmith
