#pragma once

#include "taxonomyedits.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

// The catalog reads behind TaxonomyEdits: a tag's subtree, the rows of a set of tags as
// records for an undo, and what sidecars carry. Paths are compared exactly, as stored.
namespace tagsmith::taxonomyrows {

struct TagNode {
    qint64 id = 0;
    QString path;
};

// Per asset, the tag paths its sidecar carries (manual not deleted, promoted) among some tags.
using SidecarMap = QHash<qint64, QSet<QString>>;

QString placeholders(qsizetype count);
QVariantList variants(const QStringList &values);

// The tag at `path` and every tag below it, parents first.
Result<QList<TagNode>> subtree(const QSqlDatabase &db, const QString &path);
bool exists(const QSqlDatabase &db, const QString &path);
// A tag, or a level that only its subtags name (keyword imports may store "Places/Odense"
// without a "Places" row): either way the panel shows it and the `tag:` filter finds it.
bool existsInTaxonomy(const QSqlDatabase &db, const QString &path);
QVariant idOf(const QSqlDatabase &db, const QString &path);

Result<QList<TagRowRecord>> rowsOf(const QSqlDatabase &db, const QStringList &paths);
Result<QList<TagRangeRecord>> rangesOf(const QSqlDatabase &db, const QStringList &paths);
SidecarMap sidecarTags(const QList<TagRowRecord> &rows);
// The same, read from the catalog; each path is one shared string, so a subtree on 100k
// assets costs a few bytes per row.
Result<SidecarMap> sidecarTags(const QSqlDatabase &db, const QStringList &paths);
// Assets with any row on `paths`: those an edit of these tags changes.
Result<QList<qint64>> assetsOn(const QSqlDatabase &db, const QStringList &paths);

QStringList pathsOf(const QList<TagNode> &nodes);
QString parentOf(const QString &path);

} // namespace tagsmith::taxonomyrows
