#include "commands.h"
#include "common.h"

#include "search/similarity.h"

#include <QJsonArray>

namespace tagsmith::cli {

// tagsmith-cli similar PATH [--limit N]: nearest assets by cached embedding, most similar first.
int runSimilar(CliContext &context, const QStringList &arguments)
{
    const qsizetype limitAt = arguments.indexOf(QStringLiteral("--limit"));
    bool limitOk = true;
    const int limit = limitAt >= 0 && limitAt + 1 < arguments.size() ? arguments.at(limitAt + 1).toInt(&limitOk) : 20;
    const QStringList paths = limitAt >= 0 ? arguments.mid(0, limitAt) + arguments.mid(limitAt + 2) : arguments;
    if (paths.size() != 1 || !limitOk || limit <= 0 || (limitAt >= 0 && limitAt + 1 >= arguments.size())) {
        context.err << tr("usage: tagsmith-cli similar PATH [--limit N]") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    const auto asset = findAsset(context, catalog, paths.first());
    if (!asset)
        return 1;
    QSqlDatabase db = catalog->connection();
    auto variant = Similarity::variantOf(db, asset->id);
    if (!variant) {
        context.err << asset->path << ": " << variant.error() << '\n';
        return 1;
    }
    Similarity similarity(variant.value());
    auto nearest = similarity.nearest(db, asset->id, limit);
    if (!nearest) {
        context.err << nearest.error() << '\n';
        return 1;
    }
    if (context.json) {
        QJsonArray array;
        for (const SimilarAsset &hit : nearest.value())
            array.append(QJsonObject{{QStringLiteral("path"), hit.path}, {QStringLiteral("similarity"), double(hit.similarity)}});
        context.printJson(QJsonDocument(array));
        return 0;
    }
    for (const SimilarAsset &hit : nearest.value())
        context.out << QString::number(hit.similarity, 'f', 4) << '\t' << hit.path << '\n';
    return 0;
}

} // namespace tagsmith::cli
