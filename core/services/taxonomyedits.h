#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tagsmith {

// One asset_tags row as it was, by tag path, so an undo can put it back exactly.
struct TagRowRecord {
    QString path;
    qint64 assetId = 0;
    QString source;
    QString model;
    int version = 0;
    double confidence = 1.0;
    QString state;
    qint64 updatedAt = 0;
};

// One smart_tag_ranges row (where in a video a smart tag shows), by tag path.
struct TagRangeRecord {
    QString path;
    qint64 assetId = 0;
    QString model;
    double start = 0;
    double end = 0;
};

// What undoes a rename or a merge. A rename is undone by renaming back (tag ids, and with them
// every link to the tag, stay); a merge by restoring the rows of every tag it touched.
struct TaxonomyInverse {
    enum Kind { RenameBack, Restore };
    Kind kind = RenameBack;
    QString from;                   // RenameBack: rename `from` back to `to`
    QString to;
    QStringList createdTags;        // tags the edit created (new parents, merge targets): dropped when unused
    QStringList touchedTags;        // Restore: every path whose rows are put back as `rows` says
    QStringList removedTags;        // Restore: the merged subtree, made again
    QList<TagRowRecord> rows;
    QList<TagRangeRecord> ranges;
};

// An asset whose XMP sidecar must be written again: its keywords follow the catalog, and
// `removed` (the old names) leave the sidecar's other keywords.
struct SidecarRewrite {
    qint64 assetId = 0;
    QString path;
    QStringList removed;
};

struct TaxonomyOutcome {
    QString from;                   // normalised
    QString to;
    int tagsChanged = 0;            // tags renamed, merged or restored
    QList<qint64> assets;           // assets whose tags changed
    QList<SidecarRewrite> sidecars;
    TaxonomyInverse inverse;        // undoes the edit
};

// Reorganising the vocabulary: rename or move a tag with its whole subtree, merge one tag into
// another. Each edit is one transaction; bad input is refused with a sentence, changing nothing.
//
// Tags of a tag model are refused (naming the model): a trained version names its tags in its
// weights (ml::TagModel::tags()), so after a rename the next tagging run would apply the old
// name again, and a merge would delete the tag under the model's examples. The model's tags are
// changed in the training wizard and the model retrained instead.
class TaxonomyEdits {
public:
    explicit TaxonomyEdits(CatalogPtr catalog);

    // `vehicles/cars` -> `transport/cars` moves every descendant along (a move is a rename of
    // the parent part); the new parents are created. Refused when `to` exists: that is a merge.
    Result<TaxonomyOutcome> rename(const QString &from, const QString &to);
    // Every asset tagged `from` gets `into` (manual and smart rows; where both are on an asset,
    // the manual row, the higher confidence and any moderation are kept); `from`'s descendants
    // become descendants of `into`, and `from` with its subtree disappears.
    Result<TaxonomyOutcome> merge(const QString &from, const QString &into);
    // Applies an edit's inverse; its own inverse is the edit again (run rename or merge anew).
    Result<TaxonomyOutcome> undo(const TaxonomyInverse &inverse);

private:
    CatalogPtr m_catalog;
};

} // namespace tagsmith

Q_DECLARE_METATYPE(tagsmith::TaxonomyInverse)
