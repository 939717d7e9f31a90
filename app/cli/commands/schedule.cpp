#include "commands.h"
#include "common.h"

#include "scheduling/scheduler.h"

#include <QJsonArray>

#include <optional>

namespace tagsmith::cli {

namespace {

// `--now ISO8601` stands in for the clock (local time when the value has no offset).
std::optional<QDateTime> nowFrom(CliContext &context, const QStringList &arguments, const QString &usage)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--now"));
    if (arguments.size() != (at < 0 ? 0 : 2) || (at >= 0 && at + 1 >= arguments.size())) {
        context.err << usage << '\n';
        return std::nullopt;
    }
    if (at < 0)
        return QDateTime::currentDateTime();
    const QDateTime now = QDateTime::fromString(arguments.at(at + 1), Qt::ISODate);
    if (!now.isValid()) {
        context.err << tr("--now wants an ISO 8601 date and time, not \"%1\"").arg(arguments.at(at + 1)) << '\n';
        return std::nullopt;
    }
    return now;
}

QString timeText(const QDateTime &when) { return when.isValid() ? when.toString(Qt::ISODate) : QString(); }

} // namespace

int runScheduleRunDue(CliContext &context, const QStringList &arguments)
{
    const auto now = nowFrom(context, arguments, tr("usage: tagsmith-cli schedule run-due [--now ISO8601]"));
    if (!now)
        return 2;
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    auto runs = Scheduler(catalog, context.modelsDir).runDue(*now);
    if (!runs) {
        context.err << runs.error() << '\n';
        return 1;
    }
    // Tagging only queues jobs and training queues tags again: process them now, as cron wants it done.
    const ProcessingOutcome outcome = runs.value().isEmpty() ? ProcessingOutcome{} : runProcessing(context, catalog);
    QJsonArray ran;
    for (const ScheduleRun &run : runs.value()) {
        ran.append(QJsonObject{{QStringLiteral("schedule"), run.name}, {QStringLiteral("queued"), run.queued},
                               {QStringLiteral("trained"), QJsonArray::fromStringList(run.trained)},
                               {QStringLiteral("errors"), QJsonArray::fromStringList(run.errors)}});
        if (!context.json) {
            context.out << run.name << ": "
                        << (run.name == ScheduleName::Training ? tr("%1 models re-trained").arg(run.trained.size())
                                                               : tr("%1 assets queued for smart tags").arg(run.queued));
            for (const QString &model : run.trained)
                context.out << ", " << model;
            context.out << '\n';
        }
        for (const QString &error : run.errors)
            context.err << run.name << ": " << error << '\n';
    }
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("now"), timeText(*now)}, {QStringLiteral("ran"), ran},
                                                    {QStringLiteral("processed"), outcome.done},
                                                    {QStringLiteral("failed"), outcome.failed}}));
    else if (ran.isEmpty())
        context.out << tr("nothing is due") << '\n';
    return outcome.ok ? 0 : 1;
}

int runScheduleStatus(CliContext &context, const QStringList &arguments)
{
    const auto now = nowFrom(context, arguments, tr("usage: tagsmith-cli schedule status [--now ISO8601]"));
    if (!now)
        return 2;
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    auto states = Scheduler(catalog, context.modelsDir).states(*now);
    if (!states) {
        context.err << states.error() << '\n';
        return 1;
    }
    QJsonArray array;
    for (const ScheduleState &state : states.value()) {
        array.append(QJsonObject{{QStringLiteral("schedule"), state.name}, {QStringLiteral("last_run"), timeText(state.lastRun)},
                                 {QStringLiteral("next"), timeText(state.nextSlot)}, {QStringLiteral("due"), state.due}});
        if (!context.json)
            context.out << state.name << '\t' << (state.due ? tr("due") : tr("not due")) << '\t'
                        << tr("last run: %1").arg(state.lastRun.isValid() ? timeText(state.lastRun) : tr("never")) << '\t'
                        << tr("next: %1").arg(timeText(state.nextSlot)) << '\n';
    }
    if (context.json)
        context.printJson(QJsonDocument(array));
    return 0;
}

} // namespace tagsmith::cli
