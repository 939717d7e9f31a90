#include "taxonomyedits.h"

#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "taxonomyrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace tagsmith {
namespace {

using namespace taxonomyrows;

// `what` names the argument in the sentence ("the tag to rename").
Result<QString> checkedPath(const QString &raw, const QString &what)
{
    const QString path = normaliseTagPath(raw);
    if (path.isEmpty())
        return Error{QCoreApplication::translate("TaxonomyEdits", "Give %1: a tag path such as vehicles/cars.").arg(what)};
    // Sidecars join the levels of a hierarchical keyword with '|'.
    if (path.contains(QLatin1Char('|')))
        return Error{QCoreApplication::translate("TaxonomyEdits", "“%1” cannot be a tag: a tag name cannot contain “|”.").arg(path)};
    return path;
}

Status refuseModelTags(const QSqlDatabase &db, const QList<TagNode> &nodes)
{
    QVariantList ids;
    for (const TagNode &node : nodes)
        ids << node.id;
    auto query = sql::exec(db, QStringLiteral("SELECT t.path, m.name FROM model_tags mt JOIN models m ON m.id = mt.model_id "
                                              "JOIN tags t ON t.id = mt.tag_id WHERE mt.tag_id IN (%1) ORDER BY t.path LIMIT 1")
                                   .arg(placeholders(ids.size())),
                           ids);
    if (!query)
        return Error{query.error()};
    if (query.value().next())
        return Error{QCoreApplication::translate("TaxonomyEdits", "“%1” is a tag of the model “%2”, whose trained versions apply it by that name: change the model's tags "
                        "in the training wizard and retrain it instead.")
                         .arg(query.value().value(0).toString(), query.value().value(1).toString())};
    return success();
}

// Fills in the changed assets and which of their sidecars follow, from the touched tags'
// sidecar rows before and after the edit.
Status finish(const QSqlDatabase &db, const QStringList &touched, const SidecarMap &was, QList<qint64> changed,
              TaxonomyOutcome &outcome)
{
    auto is = sidecarTags(db, touched);
    if (!is)
        return Error{is.error()};
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    outcome.assets = changed;
    for (qint64 id : std::as_const(outcome.assets)) {
        if (!was.contains(id) && !is.value().contains(id))
            continue;
        QStringList removed = (was.value(id) - is.value().value(id)).values();
        removed.sort();
        const QString path = sql::scalar(db, QStringLiteral("SELECT path FROM assets WHERE id = ?"), {id}).toString();
        outcome.sidecars << SidecarRewrite{id, path, removed};
    }
    return success();
}

// Drops the tags an edit created once nothing refers to them any more, deepest first.
Status dropUnused(const QSqlDatabase &db, QStringList paths)
{
    std::sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &path : std::as_const(paths)) {
        const QVariant id = idOf(db, path);
        if (!id.isValid())
            continue;
        const QVariant used = sql::scalar(db, QStringLiteral(
            "SELECT 1 WHERE EXISTS(SELECT 1 FROM asset_tags WHERE tag_id = ?1) OR EXISTS(SELECT 1 FROM tags WHERE parent_id = ?1) "
            "OR EXISTS(SELECT 1 FROM model_tags WHERE tag_id = ?1) OR EXISTS(SELECT 1 FROM model_examples WHERE tag_id = ?1) "
            "OR EXISTS(SELECT 1 FROM smart_tag_ranges WHERE tag_id = ?1)"), {id});
        if (used.isValid())
            continue;
        if (auto deleted = sql::exec(db, QStringLiteral("DELETE FROM tags WHERE id = ?"), {id}); !deleted)
            return Error{deleted.error()};
    }
    return success();
}

Status renameInside(const QSqlDatabase &db, const QString &from, const QString &to, TaxonomyOutcome &outcome)
{
    auto nodes = subtree(db, from);
    if (!nodes)
        return Error{nodes.error()};
    if (nodes.value().isEmpty())
        return Error{QCoreApplication::translate("TaxonomyEdits", "There is no tag “%1”.").arg(from)};
    if (existsInTaxonomy(db, to))
        return Error{QCoreApplication::translate("TaxonomyEdits", "“%1” already exists: merge “%2” into it instead of renaming.").arg(to, from)};
    if (Status refused = refuseModelTags(db, nodes.value()); !refused)
        return refused;
    QStringList touched = pathsOf(nodes.value());
    for (const QString &path : pathsOf(nodes.value()))
        touched << to + path.mid(from.size());
    auto before = sidecarTags(db, touched);
    auto changed = assetsOn(db, pathsOf(nodes.value()));
    if (!before || !changed)
        return Error{before ? changed.error() : before.error()};
    QStringList created;
    for (QString parent = parentOf(to); !parent.isEmpty(); parent = parentOf(parent))
        if (!exists(db, parent))
            created.prepend(parent);
    QVariant parentId;
    if (const QString parent = parentOf(to); !parent.isEmpty()) {
        auto ensured = TagRepository(db).ensureTag(parent);
        if (!ensured)
            return Error{ensured.error()};
        parentId = ensured.value();
    }
    // One statement moves the whole subtree; the FTS triggers follow each changed path.
    auto moved = sql::exec(db, QStringLiteral("UPDATE tags SET path = ? || substr(path, length(?) + 1) "
                                              "WHERE path = ? OR substr(path, 1, length(?) + 1) = ? || '/'"),
                           {to, from, from, from, from});
    if (!moved)
        return Error{moved.error()};
    auto top = sql::exec(db, QStringLiteral("UPDATE tags SET name = ?, parent_id = ? WHERE path = ?"),
                         {to.section(QLatin1Char('/'), -1), parentId, to});
    if (!top)
        return Error{top.error()};
    outcome.tagsChanged = int(nodes.value().size());
    outcome.inverse = TaxonomyInverse{TaxonomyInverse::RenameBack, to, from, created, {}, {}, {}, {}};
    return finish(db, touched, before.value(), changed.value(), outcome);
}

// Moves one asset_tags row of tag `fromId` onto `intoId`; where the asset has that row already,
// the two become one: the higher confidence (with its model) and any moderation are kept.
Status mergeRow(const QSqlDatabase &db, const TagRowRecord &row, qint64 fromId, qint64 intoId)
{
    auto existing = sql::exec(db, QStringLiteral("SELECT model, model_version, confidence, state, updated_at FROM asset_tags "
                                                 "WHERE asset_id = ? AND tag_id = ? AND source = ?"),
                              {row.assetId, intoId, row.source});
    if (!existing)
        return Error{existing.error()};
    if (!existing.value().next()) {
        auto moved = sql::exec(db, QStringLiteral("UPDATE asset_tags SET tag_id = ? WHERE asset_id = ? AND tag_id = ? AND source = ?"),
                               {intoId, row.assetId, fromId, row.source});
        return moved ? success() : Status(Error{moved.error()});
    }
    const QSqlQuery &kept = existing.value();
    const bool takeSource = row.confidence > kept.value(2).toDouble();
    const QString keptState = kept.value(3).toString();
    const QString state = keptState != QLatin1String("active") ? keptState : row.state;
    auto merged = sql::exec(db, QStringLiteral("UPDATE asset_tags SET model = ?, model_version = ?, confidence = ?, state = ?, "
                                               "updated_at = ? WHERE asset_id = ? AND tag_id = ? AND source = ?"),
                            {takeSource ? row.model : kept.value(0).toString(), takeSource ? row.version : kept.value(1).toInt(),
                             std::max(row.confidence, kept.value(2).toDouble()), state,
                             std::max(row.updatedAt, kept.value(4).toLongLong()), row.assetId, intoId, row.source});
    if (!merged)
        return Error{merged.error()};
    auto dropped = sql::exec(db, QStringLiteral("DELETE FROM asset_tags WHERE asset_id = ? AND tag_id = ? AND source = ?"),
                             {row.assetId, fromId, row.source});
    return dropped ? success() : Status(Error{dropped.error()});
}

Status mergeInside(const QSqlDatabase &db, const QString &from, const QString &into, TaxonomyOutcome &outcome)
{
    auto nodes = subtree(db, from);
    if (!nodes)
        return Error{nodes.error()};
    if (nodes.value().isEmpty())
        return Error{QCoreApplication::translate("TaxonomyEdits", "There is no tag “%1”.").arg(from)};
    if (!existsInTaxonomy(db, into))
        return Error{QCoreApplication::translate("TaxonomyEdits", "There is no tag “%1” to merge into: rename “%2” to it instead.").arg(into, from)};
    if (Status refused = refuseModelTags(db, nodes.value()); !refused)
        return refused;
    const QStringList sources = pathsOf(nodes.value());
    QStringList targets;
    for (const QString &path : sources) {
        const QString target = into + path.mid(from.size());
        if (sources.contains(target))
            return Error{QCoreApplication::translate("TaxonomyEdits", "“%1” cannot be merged into “%2”: its subtag “%3” would land on “%4”, which is merged away.")
                             .arg(from, into, path, target)};
        targets << target;
    }
    const QStringList touched = sources + targets;
    auto before = rowsOf(db, touched);
    auto ranges = rangesOf(db, touched);
    if (!before || !ranges)
        return Error{before ? ranges.error() : before.error()};
    QStringList created;
    for (const QString &target : std::as_const(targets))
        if (!exists(db, target))
            created << target;
    TagRepository tags(db);
    for (qsizetype i = 0; i < nodes.value().size(); ++i) {
        const TagNode &node = nodes.value().at(i);
        auto intoId = tags.ensureTag(targets.at(i));
        if (!intoId)
            return Error{intoId.error()};
        // Rows the target also has on the asset become one, row by row; the rest move in one statement.
        auto overlaps = sql::exec(db, QStringLiteral("SELECT x.asset_id, x.source FROM asset_tags x JOIN asset_tags y ON y.asset_id = x.asset_id "
                                                     "AND y.source = x.source AND y.tag_id = ? WHERE x.tag_id = ?"),
                                  {intoId.value(), node.id});
        if (!overlaps)
            return Error{overlaps.error()};
        QSet<QString> overlapping;
        while (overlaps.value().next())
            overlapping.insert(overlaps.value().value(0).toString() + QLatin1Char(' ') + overlaps.value().value(1).toString());
        for (const TagRowRecord &row : std::as_const(before.value()))
            if (row.path == node.path && overlapping.contains(QString::number(row.assetId) + QLatin1Char(' ') + row.source))
                if (Status merged = mergeRow(db, row, node.id, intoId.value()); !merged)
                    return merged;
        if (auto moved = sql::exec(db, QStringLiteral("UPDATE asset_tags SET tag_id = ? WHERE tag_id = ?"), {intoId.value(), node.id}); !moved)
            return Error{moved.error()};
        if (auto moved = sql::exec(db, QStringLiteral("UPDATE smart_tag_ranges SET tag_id = ? WHERE tag_id = ?"), {intoId.value(), node.id});
            !moved)
            return Error{moved.error()};
    }
    for (auto node = nodes.value().crbegin(); node != nodes.value().crend(); ++node)
        if (auto deleted = sql::exec(db, QStringLiteral("DELETE FROM tags WHERE id = ?"), {node->id}); !deleted)
            return Error{deleted.error()};
    outcome.tagsChanged = int(nodes.value().size());
    outcome.inverse = TaxonomyInverse{TaxonomyInverse::Restore, from, into, created, touched, sources, before.value(), ranges.value()};
    QList<qint64> changed;
    const QSet<QString> merged(sources.cbegin(), sources.cend());
    for (const TagRowRecord &row : std::as_const(before.value()))
        if (merged.contains(row.path))
            changed << row.assetId;
    return finish(db, touched, sidecarTags(before.value()), changed, outcome);
}

// Puts the touched tags' rows back as recorded. Rows put on those tags after the edit (a
// tagging run in between) are dropped with it: the undo restores the recorded state exactly.
Status restoreInside(const QSqlDatabase &db, const TaxonomyInverse &inverse, TaxonomyOutcome &outcome)
{
    auto before = sidecarTags(db, inverse.touchedTags);
    if (!before)
        return Error{before.error()};
    for (const QString &path : inverse.touchedTags) {
        const QVariant id = idOf(db, path);
        if (!id.isValid())
            continue;
        for (const char *statement : {"DELETE FROM asset_tags WHERE tag_id = ?", "DELETE FROM smart_tag_ranges WHERE tag_id = ?"})
            if (auto deleted = sql::exec(db, QString::fromLatin1(statement), {id}); !deleted)
                return Error{deleted.error()};
    }
    TagRepository tags(db);
    for (const QString &path : inverse.removedTags)
        if (auto made = tags.ensureTag(path); !made)
            return Error{made.error()};
    for (const TagRowRecord &row : inverse.rows) {
        auto inserted = sql::exec(db, QStringLiteral("INSERT INTO asset_tags(asset_id, tag_id, source, model, model_version, confidence, "
                                                     "state, updated_at) VALUES(?, (SELECT id FROM tags WHERE path = ?), ?, ?, ?, ?, ?, ?)"),
                                  {row.assetId, row.path, row.source, row.model, row.version, row.confidence, row.state, row.updatedAt});
        if (!inserted)
            return Error{inserted.error()};
    }
    for (const TagRangeRecord &range : inverse.ranges) {
        auto inserted = sql::exec(db, QStringLiteral("INSERT INTO smart_tag_ranges(asset_id, tag_id, model, start_s, end_s) "
                                                     "VALUES(?, (SELECT id FROM tags WHERE path = ?), ?, ?, ?)"),
                                  {range.assetId, range.path, range.model, range.start, range.end});
        if (!inserted)
            return Error{inserted.error()};
    }
    if (Status dropped = dropUnused(db, inverse.createdTags); !dropped)
        return dropped;
    outcome.tagsChanged = int(inverse.removedTags.size());
    QList<qint64> changed;
    for (const TagRowRecord &row : inverse.rows)
        if (inverse.removedTags.contains(row.path))
            changed << row.assetId;
    return finish(db, inverse.touchedTags, before.value(), changed, outcome);
}

} // namespace

TaxonomyEdits::TaxonomyEdits(CatalogPtr catalog) : m_catalog(std::move(catalog)) {}

Result<TaxonomyOutcome> TaxonomyEdits::rename(const QString &rawFrom, const QString &rawTo)
{
    const auto from = checkedPath(rawFrom, QCoreApplication::translate("TaxonomyEdits", "the tag to rename"));
    if (!from)
        return Error{from.error()};
    const auto to = checkedPath(rawTo, QCoreApplication::translate("TaxonomyEdits", "the new name"));
    if (!to)
        return Error{to.error()};
    if (from.value() == to.value())
        return Error{QCoreApplication::translate("TaxonomyEdits", "“%1” already has that name.").arg(from.value())};
    if (to.value().startsWith(from.value() + QLatin1Char('/')))
        return Error{QCoreApplication::translate("TaxonomyEdits", "“%1” cannot move into its own subtree (“%2”).").arg(from.value(), to.value())};
    TaxonomyOutcome outcome;
    const QSqlDatabase db = m_catalog->connection();
    Status status = sql::transaction(db, [&]() -> Status {
        outcome = TaxonomyOutcome{from.value(), to.value(), 0, {}, {}, {}};   // a retried attempt starts over
        return renameInside(db, from.value(), to.value(), outcome);
    });
    if (!status)
        return Error{status.error()};
    return outcome;
}

Result<TaxonomyOutcome> TaxonomyEdits::merge(const QString &rawFrom, const QString &rawInto)
{
    const auto from = checkedPath(rawFrom, QCoreApplication::translate("TaxonomyEdits", "the tag to merge"));
    if (!from)
        return Error{from.error()};
    const auto into = checkedPath(rawInto, QCoreApplication::translate("TaxonomyEdits", "the tag to merge into"));
    if (!into)
        return Error{into.error()};
    if (from.value() == into.value())
        return Error{QCoreApplication::translate("TaxonomyEdits", "“%1” cannot be merged into itself.").arg(from.value())};
    if (into.value().startsWith(from.value() + QLatin1Char('/')))
        return Error{QCoreApplication::translate("TaxonomyEdits", "“%1” cannot be merged into its own subtag “%2”.").arg(from.value(), into.value())};
    TaxonomyOutcome outcome;
    const QSqlDatabase db = m_catalog->connection();
    Status status = sql::transaction(db, [&]() -> Status {
        outcome = TaxonomyOutcome{from.value(), into.value(), 0, {}, {}, {}};
        return mergeInside(db, from.value(), into.value(), outcome);
    });
    if (!status)
        return Error{status.error()};
    return outcome;
}

Result<TaxonomyOutcome> TaxonomyEdits::undo(const TaxonomyInverse &inverse)
{
    TaxonomyOutcome outcome;
    const QSqlDatabase db = m_catalog->connection();
    Status status = sql::transaction(db, [&]() -> Status {
        outcome = TaxonomyOutcome{inverse.from, inverse.to, 0, {}, {}, {}};
        if (inverse.kind == TaxonomyInverse::Restore)
            return restoreInside(db, inverse, outcome);
        if (Status renamed = renameInside(db, inverse.from, inverse.to, outcome); !renamed)
            return renamed;
        // The parents the rename created go with it; what the renamed-back tags' rows need stays.
        const QStringList created = outcome.inverse.createdTags;
        if (Status dropped = dropUnused(db, inverse.createdTags); !dropped)
            return dropped;
        outcome.inverse.createdTags = created;
        return success();
    });
    if (!status)
        return Error{status.error()};
    return outcome;
}

} // namespace tagsmith
