#include "commands.h"
#include "common.h"

#include "importing/importer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace tagsmith::cli {
namespace {

// The documented exit code (README, "The command line") of an import in which files failed.
constexpr int kImportHadFailures = 3;

} // namespace

int runImport(CliContext &context, const QStringList &given)
{
    // --wait all (the default) returns when everything is processed; --wait tags as soon as the
    // thumbnails, texts and the user's smart tags are, leaving generic object detection queued.
    QStringList arguments = given;
    ProcessingWait wait = ProcessingWait::Everything;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--wait")); at >= 0) {
        const QString value = arguments.value(at + 1);
        if (value != QLatin1String("all") && value != QLatin1String("tags")) {
            context.err << tr("--wait takes \"all\" or \"tags\", not \"%1\"").arg(value) << '\n';
            return 2;
        }
        wait = value == QLatin1String("tags") ? ProcessingWait::UserTags : ProcessingWait::Everything;
        arguments.remove(at, 2);
    }
    if (arguments.isEmpty()) {
        context.err << tr("usage: tagsmith-cli import PATH... [--wait all|tags]") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;

    Importer importer(catalog);
    int lastPercent = -1;
    const bool interactive = isatty(STDERR_FILENO);
    const ImportReport report = importer.run(arguments, [&](int done, int total, const QString &) {
        const int percent = total ? done * 100 / total : 100;
        if (interactive && percent != lastPercent) {
            lastPercent = percent;
            context.err << tr("\rimporting: %1/%2 (%3%)").arg(done).arg(total).arg(percent);
            context.err.flush();
        }
    });
    if (lastPercent >= 0)
        context.err << '\n';
    const ProcessingOutcome processed = report.cancelled ? ProcessingOutcome{} : runProcessing(context, catalog, wait);

    if (context.json) {
        QJsonArray errors;
        for (const ImportError &error : report.errors)
            errors.append(QJsonObject{{QStringLiteral("path"), error.path}, {QStringLiteral("reason"), error.reason}});
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("added"), report.added},
            {QStringLiteral("updated"), report.updated},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("failed"), report.failed},
            {QStringLiteral("missing"), report.missing},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("processed"), processed.done},
            {QStringLiteral("processing_failed"), processed.failed},
            {QStringLiteral("object_jobs_queued"), processed.objectsQueued},
        }));
    } else {
        for (const ImportError &error : report.errors)
            context.err << error.path << ": " << error.reason << '\n';
    }
    context.err << tr("%1 added, %2 updated, %3 unchanged, %4 failed, %5 missing")
                       .arg(report.added).arg(report.updated).arg(report.unchanged).arg(report.failed).arg(report.missing)
                << '\n';
    if (processed.objectsQueued > 0)
        context.err << tr("%1 images still queued for generic object labels: the app runs them in the background, "
                          "or run `tagsmith-cli autotag`").arg(processed.objectsQueued) << '\n';
    if (report.cancelled || !processed.ok)
        return 1;
    // Scripts must not take a partial import for a whole one: 3 says "done, but these files failed".
    return report.failed > 0 || !report.errors.isEmpty() ? kImportHadFailures : 0;
}

} // namespace tagsmith::cli
