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

int runImport(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        context.err << tr("usage: tagsmith-cli import PATH...") << '\n';
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
    const ProcessingOutcome processed = report.cancelled ? ProcessingOutcome{} : runProcessing(context, catalog);

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
        }));
    } else {
        for (const ImportError &error : report.errors)
            context.err << error.path << ": " << error.reason << '\n';
    }
    context.err << tr("%1 added, %2 updated, %3 unchanged, %4 failed, %5 missing")
                       .arg(report.added).arg(report.updated).arg(report.unchanged).arg(report.failed).arg(report.missing)
                << '\n';
    if (report.cancelled || !processed.ok)
        return 1;
    // Scripts must not take a partial import for a whole one: 3 says "done, but these files failed".
    return report.failed > 0 || !report.errors.isEmpty() ? kImportHadFailures : 0;
}

} // namespace tagsmith::cli
