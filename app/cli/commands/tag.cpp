#include "commands.h"
#include "common.h"

#include "services/tagedits.h"

namespace tagsmith::cli {
namespace {

int changeTag(CliContext &context, const QStringList &rawArguments, bool add)
{
    QStringList arguments = rawArguments;
    arguments.removeAll(QStringLiteral("--no-sidecar"));
    if (arguments.size() != 2) {
        context.err << (add ? tr("usage: tagsmith-cli tag add PATH TAG [--no-sidecar]") : tr("usage: tagsmith-cli tag remove PATH TAG [--no-sidecar]")) << '\n';
        return 2;
    }
    const QString tagPath = normaliseTagPath(arguments.at(1));
    if (tagPath.isEmpty()) {
        context.err << tr("a tag needs a name") << '\n';
        return 2;
    }
    const auto opened = openAsset(context, arguments.first());
    if (!opened)
        return 1;
    const CatalogPtr &catalog = opened->catalog;
    const AssetRecord *asset = &opened->asset;
    auto applied = TagEdits(catalog).apply(add ? TagEditKind::AddManual : TagEditKind::RemoveManual, {asset->id}, tagPath);
    if (!applied) {
        context.err << applied.error() << '\n';
        return 1;
    }
    if (!applied.value().lacking.isEmpty()) {
        context.err << tr("%1 has no manual tag %2").arg(asset->path, tagPath) << '\n';
        return 1;
    }
    for (const QString &problem : writeSidecars(catalog, {asset->path}, add ? QStringList() : QStringList{tagPath}, rawArguments))
        context.err << problem << '\n';
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), asset->path},
                                                    {QStringLiteral("tag"), tagPath},
                                                    {QStringLiteral("action"), add ? QStringLiteral("added") : QStringLiteral("removed")}}));
    return 0;
}

} // namespace

int runTagAdd(CliContext &context, const QStringList &arguments) { return changeTag(context, arguments, true); }
int runTagRemove(CliContext &context, const QStringList &arguments) { return changeTag(context, arguments, false); }

} // namespace tagsmith::cli
