#include "commands.h"
#include "common.h"

#include "services/taxonomyedits.h"

#include <QMap>

namespace tagsmith::cli {
namespace {

// `tag rename OLD NEW` and `tag merge FROM INTO`: the taxonomy edits of the app's tag panel.
int editTaxonomy(CliContext &context, const QStringList &rawArguments, bool merge)
{
    QStringList arguments = rawArguments;
    arguments.removeAll(QStringLiteral("--no-sidecar"));
    if (arguments.size() != 2) {
        context.err << (merge ? tr("usage: tagsmith-cli tag merge FROM INTO [--no-sidecar]")
                              : tr("usage: tagsmith-cli tag rename OLD NEW [--no-sidecar]"))
                    << '\n';
        return 2;
    }
    const CatalogPtr catalog = openCatalog(context);
    if (!catalog)
        return 1;
    TaxonomyEdits edits(catalog);
    auto edited = merge ? edits.merge(arguments.at(0), arguments.at(1)) : edits.rename(arguments.at(0), arguments.at(1));
    if (!edited) {
        context.err << edited.error() << '\n';
        return 1;
    }
    const TaxonomyOutcome &outcome = edited.value();
    // One sidecar batch per set of old names to drop (usually one for the whole edit).
    QMap<QStringList, QStringList> pathsByRemoved;
    for (const SidecarRewrite &rewrite : outcome.sidecars)
        pathsByRemoved[rewrite.removed] << rewrite.path;
    for (auto it = pathsByRemoved.cbegin(); it != pathsByRemoved.cend(); ++it)
        for (const QString &problem : writeSidecars(catalog, it.value(), it.key(), rawArguments))
            context.err << problem << '\n';
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("action"), merge ? QStringLiteral("merged") : QStringLiteral("renamed")},
                                                    {QStringLiteral("from"), outcome.from},
                                                    {QStringLiteral("to"), outcome.to},
                                                    {QStringLiteral("tags"), outcome.tagsChanged},
                                                    {QStringLiteral("assets"), int(outcome.assets.size())}}));
    } else {
        // A human sentence, so on err like every message; out stays for machine output.
        context.err << (merge ? tr("Merged %1 into %2: %3 tag(s), %4 asset(s) changed.")
                              : tr("Renamed %1 to %2: %3 tag(s), %4 asset(s) changed."))
                               .arg(outcome.from, outcome.to)
                               .arg(outcome.tagsChanged)
                               .arg(outcome.assets.size())
                        << '\n';
    }
    return 0;
}

} // namespace

int runTagRename(CliContext &context, const QStringList &arguments) { return editTaxonomy(context, arguments, false); }
int runTagMerge(CliContext &context, const QStringList &arguments) { return editTaxonomy(context, arguments, true); }

} // namespace tagsmith::cli
