#include "taxonomycounts.h"

#include "catalog/smarttagrules.h"
#include "catalog/sql.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

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
    QMap<QString, QString> pathByKey;   // case-folded, as the `tag:` filter compares
    while (tags.value().next()) {
        const QString path = tags.value().value(0).toString();
        pathByKey.insert(path.toCaseFolded(), path);
    }
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
                if (pathByKey.contains(run))
                    assetsOf[run].insert(asset);
            }
    }
    QList<TagCount> counts;
    for (auto it = pathByKey.cbegin(); it != pathByKey.cend(); ++it)
        counts << TagCount{it.value(), int(assetsOf.value(it.key()).size())};
    std::sort(counts.begin(), counts.end(), [](const TagCount &a, const TagCount &b) { return a.path < b.path; });
    return counts;
}

} // namespace tagsmith
