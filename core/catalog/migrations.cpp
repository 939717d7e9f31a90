#include "migrations.h"

#include "sql.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace tagsmith {
namespace {

using Migration = QStringList;

// Append only: a shipped migration never changes, later issues add new entries.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        // 1: roots, folders, assets, hierarchical tags, asset tags.
        {
            QStringLiteral(R"(CREATE TABLE roots(
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                added_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE folders(
                id INTEGER PRIMARY KEY,
                root_id INTEGER NOT NULL REFERENCES roots(id) ON DELETE CASCADE,
                parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
                path TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                smart_tags TEXT NOT NULL DEFAULT 'inherit' CHECK(smart_tags IN ('inherit','enable','disable'))))"),
            QStringLiteral("CREATE INDEX folders_parent ON folders(parent_id)"),
            QStringLiteral(R"(CREATE TABLE assets(
                id INTEGER PRIMARY KEY,
                folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
                path TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                size INTEGER NOT NULL,
                mtime INTEGER NOT NULL,
                content_hash TEXT,
                mime TEXT,
                kind TEXT NOT NULL CHECK(kind IN ('image','video','document','other')),
                width INTEGER,
                height INTEGER,
                duration REAL,
                codec TEXT,
                rotation INTEGER,
                pages INTEGER,
                status TEXT NOT NULL CHECK(status IN ('ok','failed','missing')),
                error TEXT,
                title TEXT,
                description TEXT,
                added_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX assets_folder ON assets(folder_id)"),
            QStringLiteral("CREATE INDEX assets_hash ON assets(content_hash)"),
            QStringLiteral(R"(CREATE TABLE tags(
                id INTEGER PRIMARY KEY,
                parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                path TEXT NOT NULL UNIQUE))"),
            QStringLiteral("CREATE INDEX tags_parent ON tags(parent_id)"),
            QStringLiteral(R"(CREATE TABLE asset_tags(
                asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                source TEXT NOT NULL CHECK(source IN ('manual','smart')),
                model TEXT NOT NULL DEFAULT '',
                model_version INTEGER NOT NULL DEFAULT 0,
                confidence REAL NOT NULL DEFAULT 1.0,
                state TEXT NOT NULL DEFAULT 'active' CHECK(state IN ('active','deleted','promoted')),
                updated_at INTEGER NOT NULL,
                PRIMARY KEY(asset_id, tag_id, source)))"),
            QStringLiteral("CREATE INDEX asset_tags_tag ON asset_tags(tag_id)"),
        },
        // 2: cached embeddings and tag models with their tags, examples and versions.
        {
            QStringLiteral(R"(CREATE TABLE embeddings(
                content_hash TEXT NOT NULL,
                variant TEXT NOT NULL,
                vector BLOB NOT NULL,
                probs BLOB,
                created_at INTEGER NOT NULL,
                PRIMARY KEY(content_hash, variant)))"),
            QStringLiteral(R"(CREATE TABLE models(
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                description TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL DEFAULT 'object' CHECK(kind IN ('object','action')),
                threshold REAL NOT NULL DEFAULT 0.7,
                status TEXT NOT NULL DEFAULT 'pending' CHECK(status IN ('pending','trained','failed')),
                error TEXT,
                current_version INTEGER NOT NULL DEFAULT 0,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL))"),
            // A tag belongs to one model at most (AEM's rule), enforced by the schema.
            QStringLiteral(R"(CREATE TABLE model_tags(
                model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL UNIQUE REFERENCES tags(id) ON DELETE CASCADE,
                PRIMARY KEY(model_id, tag_id)))"),
            // An image serves under one tag of a model at most, but in any number of models.
            QStringLiteral(R"(CREATE TABLE model_examples(
                model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                PRIMARY KEY(model_id, asset_id)))"),
            QStringLiteral("CREATE INDEX model_examples_tag ON model_examples(model_id, tag_id)"),
            QStringLiteral(R"(CREATE TABLE model_versions(
                model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                status TEXT NOT NULL CHECK(status IN ('trained','failed')),
                seconds REAL NOT NULL DEFAULT 0,
                report TEXT NOT NULL,
                weights BLOB,
                PRIMARY KEY(model_id, version)))"),
        },
    };
    return all;
}

} // namespace

int latestSchemaVersion() { return int(migrations().size()); }

Status migrateCatalog(QSqlDatabase db)
{
    return sql::transaction(db, [&]() -> Status {
        const int current = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, 0).toInt();
        if (current > latestSchemaVersion())
            return Error{QCoreApplication::translate("catalog",
                             "the catalog was written by a newer Tagsmith (schema %1, this one knows %2)")
                             .arg(current).arg(latestSchemaVersion())};
        for (int version = current; version < latestSchemaVersion(); ++version) {
            for (const QString &statement : migrations()[size_t(version)]) {
                if (auto result = sql::exec(db, statement); !result)
                    return Error{result.error()};
            }
        }
        if (current != latestSchemaVersion()) {
            // PRAGMA takes no bound values; the number is ours.
            if (auto result = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion())); !result)
                return Error{result.error()};
        }
        return success();
    });
}

} // namespace tagsmith
