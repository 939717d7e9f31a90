#include "syntheticscale.h"

#include "catalog/folderrepository.h"
#include "catalog/sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace tagsmith {
namespace {

Status run(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    auto done = sql::exec(db, statement, values);
    return done ? success() : Status(Error{done.error()});
}

} // namespace

Status growSyntheticCatalog(Catalog &catalog, int assetCount)
{
    QSqlDatabase db = catalog.connection();
    const qint64 base = sql::scalar(db, QStringLiteral("SELECT count(*) FROM assets")).toLongLong();
    if (base == 0 || sql::scalar(db, QStringLiteral("SELECT max(id) FROM assets")).toLongLong() != base)
        return Error{QCoreApplication::translate("search", "only a freshly filled synthetic catalog can be grown")};
    auto baseFolders = sql::exec(db, QStringLiteral("SELECT DISTINCT f.id, f.path FROM assets a JOIN folders f ON f.id = a.folder_id"));
    if (!baseFolders)
        return Error{baseFolders.error()};
    QList<QPair<qint64, QString>> folderPaths;
    while (baseFolders.value().next())
        folderPaths << qMakePair(baseFolders.value().value(0).toLongLong(), baseFolders.value().value(1).toString());
    const QString root = QStringLiteral("/synthetic");

    for (qint64 copy = 1; copy * base < assetCount; ++copy) {
        const qint64 offset = copy * base;
        const qint64 count = std::min<qint64>(base, assetCount - offset);
        const QString prefix = QStringLiteral("%1/copy-%2").arg(root).arg(copy);
        const QString suffix = QStringLiteral("-%1").arg(copy);
        Status copied = sql::transaction(db, [&]() -> Status {
            FolderRepository folders(db);
            auto rootRecord = folders.ensureRoot(root);
            if (!rootRecord)
                return Error{rootRecord.error()};
            if (Status made = run(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS folder_copy(old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")); !made)
                return made;
            if (Status cleared = run(db, QStringLiteral("DELETE FROM temp.folder_copy")); !cleared)
                return cleared;
            for (const auto &[id, path] : std::as_const(folderPaths)) {
                auto folder = folders.ensureFolder(rootRecord.value(), prefix + path.mid(root.size()));
                if (!folder)
                    return Error{folder.error()};
                if (Status mapped = run(db, QStringLiteral("INSERT INTO temp.folder_copy(old, new) VALUES(?,?)"), {id, folder.value()}); !mapped)
                    return mapped;
            }
            // Plain positional placeholders, each used once: Qt counts every "?" as one value.
            const QList<std::pair<QString, QVariantList>> statements{
                {QStringLiteral("INSERT INTO assets(id, folder_id, path, name, size, mtime, content_hash, mime, kind, width, height, "
                                "duration, codec, rotation, pages, status, error, title, description, added_at, updated_at) "
                                "SELECT a.id + ?, c.new, ? || substr(a.path, %1), a.name, a.size, a.mtime, a.content_hash || ?, "
                                "a.mime, a.kind, a.width, a.height, a.duration, a.codec, a.rotation, a.pages, a.status, a.error, "
                                "a.title, a.description, a.added_at, a.updated_at FROM assets a JOIN temp.folder_copy c ON c.old = a.folder_id "
                                "WHERE a.id <= ? ORDER BY a.id").arg(root.size() + 1),
                 {offset, prefix, suffix, count}},
                {QStringLiteral("INSERT INTO asset_text(asset_id, text, keywords) SELECT asset_id + ?, text, keywords FROM asset_text "
                                "WHERE asset_id <= ?"),
                 {offset, count}},
                // Smart rows first: they do not touch the FTS index, manual ones do, once each.
                {QStringLiteral("INSERT INTO asset_tags(asset_id, tag_id, source, model, model_version, confidence, state, updated_at) "
                                "SELECT asset_id + ?, tag_id, source, model, model_version, "
                                "0.3 + 0.7 * (((asset_id + ?) * 2654435761 + tag_id * 40503) % 1000003) / 1000003.0, state, updated_at "
                                "FROM asset_tags WHERE source = 'smart' AND asset_id <= ?"),
                 {offset, offset, count}},
                {QStringLiteral("INSERT INTO asset_tags(asset_id, tag_id, source, model, model_version, confidence, state, updated_at) "
                                "SELECT asset_id + ?, tag_id, source, model, model_version, confidence, state, updated_at "
                                "FROM asset_tags WHERE source = 'manual' AND asset_id <= ?"),
                 {offset, count}},
                {QStringLiteral("INSERT INTO embeddings(content_hash, variant, vector, probs, created_at) "
                                "SELECT e.content_hash || ?, e.variant, e.vector, e.probs, e.created_at FROM embeddings e "
                                "WHERE e.content_hash IN (SELECT content_hash FROM assets WHERE id <= ?)"),
                 {suffix, count}},
            };
            for (const auto &[statement, values] : statements) {
                if (Status done = run(db, statement, values); !done)
                    return done;
            }
            return success();
        });
        if (!copied)
            return copied;
    }
    return success();
}

} // namespace tagsmith
