#include "commands.h"
#include "common.h"

#include "catalog/assetrepository.h"

#include <QJsonArray>

namespace tagsmith::cli {

int runList(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        context.err << tr("usage: tagsmith-cli list") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    auto assets = AssetRepository(catalog->connection()).list();
    if (!assets) {
        context.err << assets.error() << '\n';
        return 1;
    }
    if (context.json) {
        QJsonArray array;
        for (const AssetRecord &asset : assets.value())
            array.append(assetJson(asset));
        context.printJson(QJsonDocument(array));
        return 0;
    }
    for (const AssetRecord &asset : assets.value()) {
        context.out << kindName(asset.media.kind) << '\t' << statusName(asset.status) << '\t' << asset.path;
        if (!asset.media.error.isEmpty())
            context.out << '\t' << asset.media.error;
        context.out << '\n';
    }
    return 0;
}

} // namespace tagsmith::cli
