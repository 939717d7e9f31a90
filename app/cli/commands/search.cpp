#include "commands.h"
#include "common.h"

#include "search/searchengine.h"

#include <QJsonArray>

namespace tagsmith::cli {

// tagsmith-cli search QUERY [--limit N]: the ranked hits, best first.
int runSearch(CliContext &context, const QStringList &arguments)
{
    QStringList words;
    int limit = 50;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--limit") && i + 1 < arguments.size()) {
            bool ok = false;
            limit = arguments.at(++i).toInt(&ok);
            if (!ok || limit <= 0) {
                context.err << tr("--limit needs a positive number") << '\n';
                return 2;
            }
        } else {
            words << arguments.at(i);
        }
    }
    const SearchQuery query = SearchQuery::parse(words.join(QLatin1Char(' ')));
    if (!query.hasCriteria()) {
        context.err << tr("usage: tagsmith-cli search QUERY [--limit N] (words, \"phrases\", -excluded, tag:name)") << '\n';
        return 2;
    }
    auto catalog = openCatalog(context);
    if (!catalog)
        return 1;
    auto hits = SearchEngine(catalog->connection()).search(query, limit);
    if (!hits) {
        context.err << hits.error() << '\n';
        return 1;
    }
    if (context.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value())
            array.append(QJsonObject{{QStringLiteral("path"), hit.path},
                                     {QStringLiteral("score"), hit.score()},
                                     {QStringLiteral("matched"), tierName(hit.tier)}});
        context.printJson(QJsonDocument(array));
        return 0;
    }
    for (const SearchHit &hit : hits.value())
        context.out << QString::number(hit.score(), 'f', 3) << '\t' << tierName(hit.tier) << '\t' << hit.path << '\n';
    if (hits.value().isEmpty())
        context.err << tr("no matches") << '\n';
    return 0;
}

} // namespace tagsmith::cli
