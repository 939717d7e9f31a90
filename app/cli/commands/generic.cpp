#include "commands.h"
#include "common.h"

#include "catalog/genericlabelrepository.h"
#include "catalog/sql.h"
#include "services/genericsources.h"

#include <QJsonArray>

namespace tagsmith::cli {
namespace {

// Shows the threshold of one generic source, or sets it when a value follows.
int threshold(CliContext &context, const QStringList &arguments, const QString &source, const QString &usage)
{
    bool ok = arguments.isEmpty();
    const double value = arguments.isEmpty() ? 0 : arguments.first().toDouble(&ok);
    if (arguments.size() > 1 || !ok) {
        context.err << usage << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    QSqlDatabase db = catalog->connection();
    if (!arguments.isEmpty()) {
        if (Status set = sql::transaction(db, [&] { return GenericLabelRepository(db).setThreshold(source, value); }); !set) {
            context.err << set.error() << '\n';
            return 1;
        }
    }
    context.out << GenericLabelRepository(db).threshold(source) << '\n';
    return 0;
}

// Blocks or unblocks labels; the change shows at once on every asset.
int editBlocks(CliContext &context, const QStringList &arguments, bool block)
{
    if (arguments.isEmpty()) {
        context.err << (block ? tr("usage: tagsmith-cli generic block LABEL...") : tr("usage: tagsmith-cli generic unblock LABEL...")) << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    QSqlDatabase db = catalog->connection();
    QStringList unknown;
    Status status = sql::transaction(db, [&]() -> Status {
        GenericLabelRepository generic(db);
        if (block)
            return generic.block(arguments);
        auto removed = generic.unblock(arguments);
        if (!removed)
            return Error{removed.error()};
        unknown = removed.value();
        return success();
    });
    if (!status) {
        context.err << status.error() << '\n';
        return 1;
    }
    for (const QString &label : std::as_const(unknown))
        context.err << tr("%1 was not blocked").arg(label) << '\n';
    return 0;
}

// Turns one source on or off (GenericSources: the rule both front ends share).
int setSource(CliContext &context, const QStringList &arguments, bool on)
{
    const QString source = arguments.size() == 1 ? GenericSources::fromWord(arguments.first()) : QString();
    if (source.isEmpty()) {
        context.err << (on ? tr("usage: tagsmith-cli generic enable imagenet|objects")
                           : tr("usage: tagsmith-cli generic disable imagenet|objects")) << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    if (Status set = GenericSources::setEnabled(catalog->connection(), source, on); !set) {
        context.err << set.error() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int runGenericEnable(CliContext &context, const QStringList &arguments)
{
    return setSource(context, arguments, true);
}

int runGenericDisable(CliContext &context, const QStringList &arguments)
{
    return setSource(context, arguments, false);
}

int runGenericThreshold(CliContext &context, const QStringList &arguments)
{
    return threshold(context, arguments, GenericModels::ImageNet, tr("usage: tagsmith-cli generic threshold [X]"));
}

int runGenericObjectThreshold(CliContext &context, const QStringList &arguments)
{
    return threshold(context, arguments, GenericModels::Objects, tr("usage: tagsmith-cli generic object-threshold [X]"));
}

int runGenericBlock(CliContext &context, const QStringList &arguments)
{
    return editBlocks(context, arguments, true);
}

int runGenericUnblock(CliContext &context, const QStringList &arguments)
{
    return editBlocks(context, arguments, false);
}

int runGenericList(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        context.err << tr("usage: tagsmith-cli generic list [--json]") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    const GenericLabelRepository generic(catalog->connection());
    auto blocked = generic.blocked();
    if (!blocked) {
        context.err << blocked.error() << '\n';
        return 1;
    }
    const double imagenet = generic.threshold(GenericModels::ImageNet);
    const double objects = generic.threshold(GenericModels::Objects);
    const bool imagenetOn = generic.enabled(GenericModels::ImageNet);
    const bool objectsOn = generic.enabled(GenericModels::Objects);
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("threshold"), imagenet},
                                                    {QStringLiteral("object_threshold"), objects},
                                                    {QStringLiteral("imagenet_enabled"), imagenetOn},
                                                    {QStringLiteral("objects_enabled"), objectsOn},
                                                    {QStringLiteral("blocked"), QJsonArray::fromStringList(blocked.value())}}));
        return 0;
    }
    context.out << tr("threshold: %1 (ImageNet classes)").arg(imagenet) << (imagenetOn ? QString() : tr(", off")) << '\n'
                << tr("object threshold: %1 (COCO objects)").arg(objects) << (objectsOn ? QString() : tr(", off")) << '\n';
    for (const QString &label : blocked.value())
        context.out << tr("blocked: %1").arg(label) << '\n';
    return 0;
}

} // namespace tagsmith::cli
