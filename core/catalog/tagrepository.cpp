#include "tagrepository.h"

#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tagsmith {

QString sourceName(TagSource source)
{
    return source == TagSource::Smart ? QStringLiteral("smart") : QStringLiteral("manual");
}

QString stateName(TagState state)
{
    switch (state) {
    case TagState::Active: return QStringLiteral("active");
    case TagState::Deleted: return QStringLiteral("deleted");
    case TagState::Promoted: return QStringLiteral("promoted");
    }
    return QStringLiteral("active");
}

TagState stateFromName(const QString &name)
{
    if (name == QLatin1String("deleted")) return TagState::Deleted;
    if (name == QLatin1String("promoted")) return TagState::Promoted;
    return TagState::Active;
}

QString normaliseTagPath(const QString &path)
{
    QStringList levels;
    for (const QString &level : path.split(QLatin1Char('/'))) {
        const QString trimmed = level.simplified();
        if (!trimmed.isEmpty())
            levels << trimmed;
    }
    return levels.join(QLatin1Char('/'));
}

Result<qint64> TagRepository::ensureTag(const QString &rawPath)
{
    const QString path = normaliseTagPath(rawPath);
    if (path.isEmpty())
        return Error{QCoreApplication::translate("catalog", "a tag needs a name")};
    QVariant parentId;
    QString prefix;
    for (const QString &level : path.split(QLatin1Char('/'))) {
        prefix = prefix.isEmpty() ? level : prefix + QLatin1Char('/') + level;
        QVariant id = sql::scalar(m_db, QStringLiteral("SELECT id FROM tags WHERE path = ?"), {prefix});
        if (!id.isValid()) {
            auto inserted = sql::exec(m_db, QStringLiteral("INSERT INTO tags(parent_id, name, path) VALUES(?,?,?)"),
                                      {parentId, level, prefix});
            if (!inserted)
                return Error{inserted.error()};
            id = inserted.value().lastInsertId();
        }
        parentId = id;
    }
    return parentId.toLongLong();
}

Result<QStringList> TagRepository::allTagPaths() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT path FROM tags ORDER BY path"));
    if (!query)
        return Error{query.error()};
    QStringList paths;
    while (query.value().next())
        paths << query.value().value(0).toString();
    return paths;
}

Status TagRepository::addManualTag(qint64 assetId, const QString &tagPath)
{
    auto tagId = ensureTag(tagPath);
    if (!tagId)
        return Error{tagId.error()};
    auto query = sql::exec(m_db, QStringLiteral(
        "INSERT INTO asset_tags(asset_id, tag_id, source, confidence, state, updated_at) VALUES(?,?,'manual',1.0,'active',?) "
        "ON CONFLICT(asset_id, tag_id, source) DO UPDATE SET state='active', updated_at=excluded.updated_at"),
        {assetId, tagId.value(), QDateTime::currentSecsSinceEpoch()});
    return query ? success() : Status(Error{query.error()});
}

Result<bool> TagRepository::removeManualTag(qint64 assetId, const QString &tagPath)
{
    auto query = sql::exec(m_db, QStringLiteral(
        "DELETE FROM asset_tags WHERE asset_id = ? AND source = 'manual' AND tag_id = (SELECT id FROM tags WHERE path = ?)"),
        {assetId, normaliseTagPath(tagPath)});
    if (!query)
        return Error{query.error()};
    return query.value().numRowsAffected() > 0;
}

Status TagRepository::setSmartTag(qint64 assetId, const QString &tagPath, const QString &model, int version, double confidence)
{
    auto tagId = ensureTag(tagPath);
    if (!tagId)
        return Error{tagId.error()};
    auto query = sql::exec(m_db, QStringLiteral(
        "INSERT INTO asset_tags(asset_id, tag_id, source, model, model_version, confidence, state, updated_at) "
        "VALUES(?,?,'smart',?,?,?,'active',?) "
        "ON CONFLICT(asset_id, tag_id, source) DO UPDATE SET model=excluded.model, model_version=excluded.model_version, "
        "confidence=excluded.confidence, updated_at=excluded.updated_at"),
        {assetId, tagId.value(), model, version, confidence, QDateTime::currentSecsSinceEpoch()});
    return query ? success() : Status(Error{query.error()});
}

Status TagRepository::clearSmartTags(qint64 assetId, const QString &model, const QStringList &keepTags)
{
    auto query = sql::exec(m_db, QStringLiteral(
        "SELECT at.tag_id, t.path FROM asset_tags at JOIN tags t ON t.id = at.tag_id "
        "WHERE at.asset_id = ? AND at.source = 'smart' AND at.model = ? AND at.state = 'active'"), {assetId, model});
    if (!query)
        return Error{query.error()};
    QList<qint64> stale;
    while (query.value().next())
        if (!keepTags.contains(query.value().value(1).toString()))
            stale << query.value().value(0).toLongLong();
    for (qint64 tagId : std::as_const(stale)) {
        auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM asset_tags WHERE asset_id = ? AND tag_id = ? AND source = 'smart'"),
                                 {assetId, tagId});
        if (!removed)
            return Error{removed.error()};
    }
    return success();
}

Status TagRepository::moderate(qint64 assetId, const QString &tagPath, TagState state)
{
    auto query = sql::exec(m_db, QStringLiteral(
        "UPDATE asset_tags SET state = ?, updated_at = ? WHERE asset_id = ? AND source = 'smart' "
        "AND tag_id = (SELECT id FROM tags WHERE path = ?)"),
        {stateName(state), QDateTime::currentSecsSinceEpoch(), assetId, normaliseTagPath(tagPath)});
    if (!query)
        return Error{query.error()};
    if (query.value().numRowsAffected() == 0)
        return Error{QCoreApplication::translate("catalog", "the asset has no smart tag %1").arg(tagPath)};
    return success();
}

Result<QList<AssetTag>> TagRepository::tagsOf(qint64 assetId) const
{
    auto query = sql::exec(m_db, QStringLiteral(
        "SELECT t.path, at.source, at.model, at.model_version, at.confidence, at.state "
        "FROM asset_tags at JOIN tags t ON t.id = at.tag_id WHERE at.asset_id = ? "
        "ORDER BY at.source = 'smart', at.state = 'promoted' DESC, at.confidence DESC, t.path"),
        {assetId});
    if (!query)
        return Error{query.error()};
    QList<AssetTag> tags;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        tags << AssetTag{q.value(0).toString(),
                         q.value(1).toString() == QLatin1String("smart") ? TagSource::Smart : TagSource::Manual,
                         q.value(2).toString(), q.value(3).toInt(), q.value(4).toDouble(),
                         stateFromName(q.value(5).toString())};
    }
    return tags;
}

} // namespace tagsmith
