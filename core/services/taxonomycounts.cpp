#include "taxonomycounts.h"

#include "catalog/smarttagrules.h"
#include "catalog/sql.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace tagsmith {

Result<QList<TagCount>> TaxonomyCounts::load(const QSqlDatabase &db)
{
    auto rules = SmartTagRules::load(db);
    if (!rules)
        return Error{rules.error()};
    QVariantList values;
    const QString applied = rules.value().sqlApplied(QStringLiteral("x"), values);
    auto tags = sql::exec(db, QStringLiteral("SELECT path FROM tags"));
    if (!tags)
        return Error{tags.error()};
    // Every path with its ancestors: keyword imports may store "Places/Odense" without a
    // "Places" row, and the tree still needs the level (the `tag:` filter matches it anyway).
    QSet<QString> paths;
    while (tags.value().next()) {
        QString path = tags.value().value(0).toString();
        for (; !path.isEmpty() && !paths.contains(path); path = path.section(QLatin1Char('/'), 0, -2))
            paths.insert(path);
    }
    QSet<QString> keys;   // case-folded, as the `tag:` filter compares ("Places" and "places" find the same)
    for (const QString &path : std::as_const(paths))
        keys.insert(path.toCaseFolded());
    auto rows = sql::exec(db, QStringLiteral("SELECT DISTINCT t.path, x.asset_id FROM asset_tags x JOIN tags t ON t.id = x.tag_id "
                                             "WHERE (x.source = 'manual' AND x.state <> 'deleted') OR (x.source = 'smart' AND %1)")
                                  .arg(applied),
                          values);
    if (!rows)
        return Error{rows.error()};
    // `tag:P` finds an asset when P is a run of whole levels anywhere in one of its tags
    // (tagMatchesFilter in core/search): credit every such run of each counted tag.
    QHash<QString, QSet<qint64>> assetsOf;
    while (rows.value().next()) {
        const QStringList levels = rows.value().value(0).toString().toCaseFolded().split(QLatin1Char('/'));
        const qint64 asset = rows.value().value(1).toLongLong();
        for (qsizetype first = 0; first < levels.size(); ++first)
            for (qsizetype count = 1; first + count <= levels.size(); ++count) {
                const QString run = levels.mid(first, count).join(QLatin1Char('/'));
                if (keys.contains(run))
                    assetsOf[run].insert(asset);
            }
    }
    QList<TagCount> counts;
    for (const QString &path : std::as_const(paths))
        counts << TagCount{path, int(assetsOf.value(path.toCaseFolded()).size())};
    // As a person reads a list (case aside); a parent is a prefix, so it still comes before its children.
    std::sort(counts.begin(), counts.end(), [](const TagCount &a, const TagCount &b) {
        const int folded = a.path.compare(b.path, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.path < b.path;
    });
    return counts;
}

} // namespace tagsmith
