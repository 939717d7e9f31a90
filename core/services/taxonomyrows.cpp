#include "taxonomyrows.h"

#include "catalog/sql.h"

namespace tagsmith::taxonomyrows {

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QVariantList variants(const QStringList &values)
{
    QVariantList list;
    for (const QString &value : values)
        list << value;
    return list;
}

Result<QList<TagNode>> subtree(const QSqlDatabase &db, const QString &path)
{
    auto query = sql::exec(db, QStringLiteral("SELECT id, path FROM tags WHERE path = ? OR substr(path, 1, length(?) + 1) = ? || '/' "
                                              "ORDER BY length(path), path"),
                           {path, path, path});
    if (!query)
        return Error{query.error()};
    QList<TagNode> nodes;
    while (query.value().next())
        nodes << TagNode{query.value().value(0).toLongLong(), query.value().value(1).toString()};
    return nodes;
}

bool exists(const QSqlDatabase &db, const QString &path)
{
    return sql::scalar(db, QStringLiteral("SELECT 1 FROM tags WHERE path = ?"), {path}).isValid();
}

bool existsInTaxonomy(const QSqlDatabase &db, const QString &path)
{
    return sql::scalar(db, QStringLiteral("SELECT 1 FROM tags WHERE path = ? OR substr(path, 1, length(?) + 1) = ? || '/' LIMIT 1"),
                       {path, path, path}).isValid();
}

QVariant idOf(const QSqlDatabase &db, const QString &path)
{
    return sql::scalar(db, QStringLiteral("SELECT id FROM tags WHERE path = ?"), {path});
}

Result<QList<TagRowRecord>> rowsOf(const QSqlDatabase &db, const QStringList &paths)
{
    QList<TagRowRecord> rows;
    if (paths.isEmpty())
        return rows;
    auto query = sql::exec(db, QStringLiteral("SELECT t.path, at.asset_id, at.source, at.model, at.model_version, at.confidence, at.state, "
                                              "at.updated_at FROM asset_tags at JOIN tags t ON t.id = at.tag_id WHERE t.path IN (%1) "
                                              "ORDER BY t.path, at.asset_id, at.source")
                                   .arg(placeholders(paths.size())),
                           variants(paths));
    if (!query)
        return Error{query.error()};
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        rows << TagRowRecord{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toInt(), q.value(5).toDouble(), q.value(6).toString(), q.value(7).toLongLong()};
    }
    return rows;
}

Result<QList<TagRangeRecord>> rangesOf(const QSqlDatabase &db, const QStringList &paths)
{
    QList<TagRangeRecord> ranges;
    auto query = sql::exec(db, QStringLiteral("SELECT t.path, r.asset_id, r.model, r.start_s, r.end_s FROM smart_tag_ranges r "
                                              "JOIN tags t ON t.id = r.tag_id WHERE t.path IN (%1) ORDER BY t.path, r.asset_id, r.start_s")
                                   .arg(placeholders(paths.size())),
                           variants(paths));
    if (!query)
        return Error{query.error()};
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        ranges << TagRangeRecord{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toDouble(),
                                 q.value(4).toDouble()};
    }
    return ranges;
}

SidecarMap sidecarTags(const QList<TagRowRecord> &rows)
{
    SidecarMap tags;
    for (const TagRowRecord &row : rows)
        if ((row.source == QLatin1String("manual") && row.state != QLatin1String("deleted")) || row.state == QLatin1String("promoted"))
            tags[row.assetId].insert(row.path);
    return tags;
}

Result<SidecarMap> sidecarTags(const QSqlDatabase &db, const QStringList &paths)
{
    auto query = sql::exec(db, QStringLiteral("SELECT at.asset_id, t.path FROM asset_tags at JOIN tags t ON t.id = at.tag_id "
                                              "WHERE t.path IN (%1) AND ((at.source = 'manual' AND at.state <> 'deleted') OR at.state = 'promoted')")
                                   .arg(placeholders(paths.size())),
                           variants(paths));
    if (!query)
        return Error{query.error()};
    SidecarMap tags;
    QSet<QString> shared;
    while (query.value().next()) {
        auto path = shared.insert(query.value().value(1).toString());
        tags[query.value().value(0).toLongLong()].insert(*path);
    }
    return tags;
}

Result<QList<qint64>> assetsOn(const QSqlDatabase &db, const QStringList &paths)
{
    auto query = sql::exec(db, QStringLiteral("SELECT DISTINCT at.asset_id FROM asset_tags at JOIN tags t ON t.id = at.tag_id "
                                              "WHERE t.path IN (%1) ORDER BY at.asset_id").arg(placeholders(paths.size())),
                           variants(paths));
    if (!query)
        return Error{query.error()};
    QList<qint64> ids;
    while (query.value().next())
        ids << query.value().value(0).toLongLong();
    return ids;
}

QStringList pathsOf(const QList<TagNode> &nodes)
{
    QStringList paths;
    for (const TagNode &node : nodes)
        paths << node.path;
    return paths;
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace tagsmith::taxonomyrows
