#include "assetrepository.h"

#include "sql.h"

#include <QDateTime>
#include <QSqlRecord>

namespace tagsmith {
namespace {

const QString kColumns = QStringLiteral(
    "id, folder_id, path, name, size, mtime, content_hash, mime, kind, width, height, duration, "
    "codec, rotation, pages, status, error, title, description");

AssetRecord readAsset(const QSqlQuery &query)
{
    AssetRecord asset;
    asset.id = query.value(0).toLongLong();
    asset.folderId = query.value(1).toLongLong();
    asset.path = query.value(2).toString();
    asset.name = query.value(3).toString();
    asset.size = query.value(4).toLongLong();
    asset.mtime = query.value(5).toLongLong();
    asset.contentHash = query.value(6).toString();
    asset.media.mime = query.value(7).toString();
    asset.media.kind = kindFromName(query.value(8).toString());
    asset.media.width = query.value(9).toInt();
    asset.media.height = query.value(10).toInt();
    asset.media.durationSec = query.value(11).toDouble();
    asset.media.codec = query.value(12).toString();
    asset.media.rotation = query.value(13).toInt();
    asset.media.pages = query.value(14).toInt();
    asset.status = statusFromName(query.value(15).toString());
    asset.media.error = query.value(16).toString();
    asset.title = query.value(17).toString();
    asset.description = query.value(18).toString();
    return asset;
}

Result<QList<AssetRecord>> readAll(Result<QSqlQuery> query)
{
    if (!query)
        return Error{query.error()};
    QList<AssetRecord> assets;
    while (query.value().next())
        assets << readAsset(query.value());
    return assets;
}

QVariant nullIfZero(qint64 value) { return value ? QVariant(value) : QVariant(); }

// The values every write binds, in kColumns order after id and folder_id.
QVariantList mediaValues(const AssetRecord &asset)
{
    const MediaInfo &media = asset.media;
    return {asset.path, asset.name, asset.size, asset.mtime, asset.contentHash, media.mime,
            kindName(media.kind), nullIfZero(media.width), nullIfZero(media.height),
            media.durationSec > 0 ? QVariant(media.durationSec) : QVariant(),
            media.codec.isEmpty() ? QVariant() : QVariant(media.codec), media.rotation,
            nullIfZero(media.pages), statusName(asset.status),
            media.error.isEmpty() ? QVariant() : QVariant(media.error)};
}

} // namespace

QString statusName(AssetStatus status)
{
    switch (status) {
    case AssetStatus::Ok: return QStringLiteral("ok");
    case AssetStatus::Failed: return QStringLiteral("failed");
    case AssetStatus::Missing: return QStringLiteral("missing");
    }
    return QStringLiteral("ok");
}

AssetStatus statusFromName(const QString &name)
{
    if (name == QLatin1String("failed")) return AssetStatus::Failed;
    if (name == QLatin1String("missing")) return AssetStatus::Missing;
    return AssetStatus::Ok;
}

Result<std::optional<AssetRecord>> AssetRepository::findByPath(const QString &path) const
{
    auto assets = readAll(sql::exec(m_db, QStringLiteral("SELECT %1 FROM assets WHERE path = ?").arg(kColumns), {path}));
    if (!assets)
        return Error{assets.error()};
    if (assets.value().isEmpty())
        return std::optional<AssetRecord>();
    return std::optional<AssetRecord>(assets.value().first());
}

Result<std::optional<AssetRecord>> AssetRepository::findById(qint64 id) const
{
    auto assets = readAll(sql::exec(m_db, QStringLiteral("SELECT %1 FROM assets WHERE id = ?").arg(kColumns), {id}));
    if (!assets)
        return Error{assets.error()};
    if (assets.value().isEmpty())
        return std::optional<AssetRecord>();
    return std::optional<AssetRecord>(assets.value().first());
}

Result<QList<AssetRecord>> AssetRepository::findByHash(const QString &contentHash) const
{
    return readAll(sql::exec(m_db, QStringLiteral("SELECT %1 FROM assets WHERE content_hash = ? ORDER BY id").arg(kColumns),
                             {contentHash}));
}

Result<QList<AssetRecord>> AssetRepository::list(int limit, int offset) const
{
    return readAll(sql::exec(m_db, QStringLiteral("SELECT %1 FROM assets ORDER BY path LIMIT ? OFFSET ?").arg(kColumns),
                             {limit, offset}));
}

Result<QList<AssetRecord>> AssetRepository::underFolder(const QString &folderPath) const
{
    // Prefix match on the path with LIKE-free range bounds, so '%' and '_' in names are harmless.
    const QString prefix = folderPath.endsWith(QLatin1Char('/')) ? folderPath : folderPath + QLatin1Char('/');
    return readAll(sql::exec(m_db, QStringLiteral("SELECT %1 FROM assets WHERE path >= ? AND path < ? ORDER BY path").arg(kColumns),
                             {prefix, prefix + QChar(0xFFFF)}));
}

Result<qint64> AssetRepository::count() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM assets"));
    if (!query)
        return Error{query.error()};
    query.value().next();
    return query.value().value(0).toLongLong();
}

Result<qint64> AssetRepository::insert(const AssetRecord &asset)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVariantList values{asset.folderId};
    values << mediaValues(asset) << now << now;
    auto query = sql::exec(m_db, QStringLiteral(
        "INSERT INTO assets(folder_id, path, name, size, mtime, content_hash, mime, kind, width, height, "
        "duration, codec, rotation, pages, status, error, added_at, updated_at) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"), values);
    if (!query)
        return Error{query.error()};
    return query.value().lastInsertId().toLongLong();
}

Status AssetRepository::update(const AssetRecord &asset)
{
    QVariantList values{asset.folderId};
    values << mediaValues(asset) << QDateTime::currentSecsSinceEpoch() << asset.id;
    auto query = sql::exec(m_db, QStringLiteral(
        "UPDATE assets SET folder_id=?, path=?, name=?, size=?, mtime=?, content_hash=?, mime=?, kind=?, "
        "width=?, height=?, duration=?, codec=?, rotation=?, pages=?, status=?, error=?, updated_at=? WHERE id=?"),
        values);
    return query ? success() : Status(Error{query.error()});
}

Status AssetRepository::setStatus(qint64 id, AssetStatus status, const QString &error)
{
    auto query = sql::exec(m_db, QStringLiteral("UPDATE assets SET status=?, error=?, updated_at=? WHERE id=?"),
                           {statusName(status), error.isEmpty() ? QVariant() : QVariant(error),
                            QDateTime::currentSecsSinceEpoch(), id});
    return query ? success() : Status(Error{query.error()});
}

Status AssetRepository::setTexts(qint64 id, const QString &title, const QString &description)
{
    auto query = sql::exec(m_db, QStringLiteral("UPDATE assets SET title = ?, description = ?, updated_at = ? WHERE id = ?"),
                           {title.isEmpty() ? QVariant() : QVariant(title), description.isEmpty() ? QVariant() : QVariant(description),
                            QDateTime::currentSecsSinceEpoch(), id});
    return query ? success() : Status(Error{query.error()});
}

} // namespace tagsmith
