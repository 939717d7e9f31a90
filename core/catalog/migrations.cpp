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
        // 3: search. Extracted document text and embedded keywords per asset; an FTS5 index over
        // the metadata that search AND-s (file name, title, description, keywords, manual and
        // promoted tags, document text), kept in sync by triggers so no writer can forget it;
        // an FTS5 index over tag paths for the smart-tag OR; a covering index for smart tags.
        {
            QStringLiteral(R"(CREATE TABLE asset_text(
                asset_id INTEGER PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
                text TEXT NOT NULL DEFAULT '',
                keywords TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(R"(CREATE VIEW asset_search_source AS SELECT a.id AS id, a.name AS name,
                coalesce(a.title, '') AS title, coalesce(a.description, '') AS description,
                coalesce(t.keywords, '') AS keywords,
                coalesce((SELECT group_concat(g.path, ' ') FROM asset_tags x JOIN tags g ON g.id = x.tag_id
                          WHERE x.asset_id = a.id AND x.source = 'manual' AND x.state <> 'deleted'), '') AS manual,
                coalesce((SELECT group_concat(g.path, ' ') FROM asset_tags x JOIN tags g ON g.id = x.tag_id
                          WHERE x.asset_id = a.id AND x.source = 'smart' AND x.state = 'promoted'), '') AS promoted,
                coalesce(t.text, '') AS body
                FROM assets a LEFT JOIN asset_text t ON t.asset_id = a.id)"),
            QStringLiteral(R"(CREATE VIRTUAL TABLE asset_fts USING fts5(name, title, description, keywords, manual,
                promoted, body, tokenize = 'unicode61 remove_diacritics 2'))"),
            QStringLiteral("INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body) "
                           "SELECT * FROM asset_search_source"),
            QStringLiteral(R"(CREATE TRIGGER assets_search_insert AFTER INSERT ON assets BEGIN
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id = NEW.id; END)"),
            QStringLiteral(R"(CREATE TRIGGER assets_search_update AFTER UPDATE OF name, title, description ON assets BEGIN
                DELETE FROM asset_fts WHERE rowid = NEW.id;
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id = NEW.id; END)"),
            QStringLiteral(R"(CREATE TRIGGER assets_search_delete AFTER DELETE ON assets BEGIN
                DELETE FROM asset_fts WHERE rowid = OLD.id; END)"),
            QStringLiteral(R"(CREATE TRIGGER asset_text_search_insert AFTER INSERT ON asset_text BEGIN
                DELETE FROM asset_fts WHERE rowid = NEW.asset_id;
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id = NEW.asset_id; END)"),
            QStringLiteral(R"(CREATE TRIGGER asset_text_search_update AFTER UPDATE ON asset_text BEGIN
                DELETE FROM asset_fts WHERE rowid = NEW.asset_id;
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id = NEW.asset_id; END)"),
            QStringLiteral(R"(CREATE TRIGGER asset_text_search_delete AFTER DELETE ON asset_text BEGIN
                DELETE FROM asset_fts WHERE rowid = OLD.asset_id;
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id = OLD.asset_id; END)"),
            // Only manual and promoted tags are metadata; re-applying smart tags never touches the index.
            QStringLiteral(R"(CREATE TRIGGER asset_tags_search_insert AFTER INSERT ON asset_tags
                WHEN NEW.source = 'manual' OR NEW.state = 'promoted' BEGIN
                DELETE FROM asset_fts WHERE rowid = NEW.asset_id;
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id = NEW.asset_id; END)"),
            QStringLiteral(R"(CREATE TRIGGER asset_tags_search_update AFTER UPDATE OF state, tag_id, source ON asset_tags
                WHEN OLD.source = 'manual' OR NEW.source = 'manual' OR OLD.state = 'promoted' OR NEW.state = 'promoted' BEGIN
                DELETE FROM asset_fts WHERE rowid = NEW.asset_id;
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id = NEW.asset_id; END)"),
            QStringLiteral(R"(CREATE TRIGGER asset_tags_search_delete AFTER DELETE ON asset_tags
                WHEN OLD.source = 'manual' OR OLD.state = 'promoted' BEGIN
                DELETE FROM asset_fts WHERE rowid = OLD.asset_id;
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id = OLD.asset_id; END)"),
            QStringLiteral(R"(CREATE TRIGGER tags_search_rename AFTER UPDATE OF path ON tags BEGIN
                DELETE FROM asset_fts WHERE rowid IN (SELECT asset_id FROM asset_tags WHERE tag_id = NEW.id);
                INSERT INTO asset_fts(rowid, name, title, description, keywords, manual, promoted, body)
                SELECT * FROM asset_search_source WHERE id IN (SELECT asset_id FROM asset_tags WHERE tag_id = NEW.id); END)"),
            QStringLiteral(R"(CREATE VIRTUAL TABLE tag_fts USING fts5(path, content = 'tags', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2'))"),
            QStringLiteral("INSERT INTO tag_fts(tag_fts) VALUES('rebuild')"),
            QStringLiteral(R"(CREATE TRIGGER tags_fts_insert AFTER INSERT ON tags BEGIN
                INSERT INTO tag_fts(rowid, path) VALUES(NEW.id, NEW.path); END)"),
            QStringLiteral(R"(CREATE TRIGGER tags_fts_delete AFTER DELETE ON tags BEGIN
                INSERT INTO tag_fts(tag_fts, rowid, path) VALUES('delete', OLD.id, OLD.path); END)"),
            QStringLiteral(R"(CREATE TRIGGER tags_fts_update AFTER UPDATE OF path ON tags BEGIN
                INSERT INTO tag_fts(tag_fts, rowid, path) VALUES('delete', OLD.id, OLD.path);
                INSERT INTO tag_fts(rowid, path) VALUES(NEW.id, NEW.path); END)"),
            // Search reads smart tags by tag without touching the table rows.
            QStringLiteral("CREATE INDEX asset_tags_smart ON asset_tags(tag_id, state, asset_id, confidence, model) "
                           "WHERE source = 'smart'"),
        },
        // 4: the persistent job queue, what was processed for which content, document text.
        {
            QStringLiteral(R"(CREATE TABLE jobs(
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                priority INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL DEFAULT 'queued' CHECK(state IN ('queued','running','failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                error TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                UNIQUE(kind, asset_id)))"),
            QStringLiteral("CREATE INDEX jobs_next ON jobs(state, priority DESC, id)"),
            QStringLiteral(R"(CREATE TABLE job_history(
                asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                done_at INTEGER NOT NULL,
                runs INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY(asset_id, kind)))"),
            // Created by the search migration; kept here for catalogs that skipped it.
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS asset_text(
                asset_id INTEGER PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
                text TEXT NOT NULL DEFAULT '',
                keywords TEXT NOT NULL DEFAULT ''))"),
        },
        // 5: where in a video each smart tag appears (frames at or over the threshold), for the
        // properties panel; rewritten with the video's smart tags.
        {
            QStringLiteral(R"(CREATE TABLE smart_tag_ranges(
                asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                model TEXT NOT NULL,
                start_s REAL NOT NULL,
                end_s REAL NOT NULL CHECK(end_s >= start_s)))"),
            QStringLiteral("CREATE INDEX smart_tag_ranges_asset ON smart_tag_ranges(asset_id, tag_id)"),
        },
        // 6: when each schedule (periodic tagging, training) last ran, so missed runs catch up; and
        // no smart-tag job (image or video) for an asset whose folder has smart tags disabled (the nearest folder at or
        // above it with an explicit value says "disable"), whichever writer queues it.
        {
            QStringLiteral(R"(CREATE TABLE schedule_runs(
                name TEXT PRIMARY KEY,
                last_run INTEGER NOT NULL))"),
            // The trigger below scans only the folders with an explicit value (usually a handful).
            QStringLiteral("CREATE INDEX folders_explicit_smart_tags ON folders(smart_tags) WHERE smart_tags <> 'inherit'"),
            QStringLiteral(R"(CREATE TRIGGER jobs_skip_disabled_smart_tags BEFORE INSERT ON jobs WHEN NEW.kind IN ('tag', 'video-tag') AND
                (SELECT f.smart_tags FROM assets a JOIN folders d ON d.id = a.folder_id JOIN folders f
                   ON d.path = f.path OR substr(d.path, 1, length(f.path) + 1) = f.path || '/'
                 WHERE a.id = NEW.asset_id AND f.smart_tags <> 'inherit'
                 ORDER BY length(f.path) DESC LIMIT 1) = 'disable'
                BEGIN SELECT RAISE(IGNORE); END)"),
        },
        // 7: two more per-folder switches with the same inherit/enable/disable rule as smart_tags: video tagging
        // (a folder of long footage can opt out on its own) and generic labels (ImageNet/COCO, the source users
        // call noise); the labels nobody wants anywhere; catalog-wide settings (e.g. the generic threshold).
        {
            QStringLiteral("ALTER TABLE folders ADD COLUMN video_tags TEXT NOT NULL DEFAULT 'inherit' "
                           "CHECK(video_tags IN ('inherit','enable','disable'))"),
            QStringLiteral("ALTER TABLE folders ADD COLUMN generic_labels TEXT NOT NULL DEFAULT 'inherit' "
                           "CHECK(generic_labels IN ('inherit','enable','disable'))"),
            QStringLiteral("CREATE INDEX folders_explicit_video_tags ON folders(video_tags) WHERE video_tags <> 'inherit'"),
            QStringLiteral(R"(CREATE TRIGGER jobs_skip_disabled_video_tags BEFORE INSERT ON jobs WHEN NEW.kind = 'video-tag' AND
                (SELECT f.video_tags FROM assets a JOIN folders d ON d.id = a.folder_id JOIN folders f
                   ON d.path = f.path OR substr(d.path, 1, length(f.path) + 1) = f.path || '/'
                 WHERE a.id = NEW.asset_id AND f.video_tags <> 'inherit'
                 ORDER BY length(f.path) DESC LIMIT 1) = 'disable'
                BEGIN SELECT RAISE(IGNORE); END)"),
            QStringLiteral("CREATE TABLE generic_label_blocks(label TEXT PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        // 8: smart tags per tag best first (score as search ranks it: promoted 1.0, else the
        // confidence), so a page of smart-tag hits walks a few index ranges instead of
        // aggregating every tagged asset. Only deleted rows are left out: whether the rest is
        // applied (thresholds, block list, folder switches) stays a read-time rule, so no
        // setting change rewrites anything, and SQLite keeps the index current in the same
        // transaction as every write, cascades from removed assets, tags and models included.
        // Built on open of an older catalog, inside the migration's transaction.
        {
            QStringLiteral("CREATE INDEX asset_tags_ranked ON asset_tags(tag_id, (CASE WHEN state = 'promoted' THEN 1.0 ELSE confidence END), "
                           "asset_id, model, state, confidence) WHERE source = 'smart' AND state <> 'deleted'"),
        },
    };
    return all;
}

} // namespace

int latestSchemaVersion() { return int(migrations().size()); }

Status migrateCatalog(QSqlDatabase db)
{
    // The usual case reads only, so a read-only catalog of the current schema opens for browsing.
    if (sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, -1).toInt() == latestSchemaVersion())
        return success();
    // Two processes may open a fresh catalog at once: the IMMEDIATE transaction lets one migrate
    // while the other waits, and the version read inside it tells the second there is nothing left.
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
