#pragma once

#include "assetrecord.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tagsmith {

// The assets aggregate. All calls run on the caller's thread and connection.
class AssetRepository {
public:
    explicit AssetRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<AssetRecord>> findByPath(const QString &path) const;
    Result<std::optional<AssetRecord>> findById(qint64 id) const;
    Result<QList<AssetRecord>> findByHash(const QString &contentHash) const;
    Result<QList<AssetRecord>> list(int limit = -1, int offset = 0) const;
    Result<QList<AssetRecord>> underFolder(const QString &folderPath) const;  // recursive
    Result<qint64> count() const;

    Result<qint64> insert(const AssetRecord &asset);   // returns the new id
    Status update(const AssetRecord &asset);           // by id: file facts, media, status
    Status setStatus(qint64 id, AssetStatus status, const QString &error);
    // Title and description (from embedded metadata, CSV or the user).
    Status setTexts(qint64 id, const QString &title, const QString &description);

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
