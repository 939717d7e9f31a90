#pragma once

#include "util/result.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace tagsmith {

struct TagCount {
    QString path;
    int assets = 0;   // assets the `tag:` filter finds for this path: carrying it or a tag below it
};

// The taxonomy with how many assets carry each tag, for the tag panel. A tag counts on an asset
// when it is manual (not deleted) or an applied smart tag (SmartTagRules), as search counts it.
class TaxonomyCounts {
public:
    // Every tag path (sorted) with its count; run off the GUI thread.
    static Result<QList<TagCount>> load(const QSqlDatabase &db);
};

} // namespace tagsmith

Q_DECLARE_METATYPE(tagsmith::TagCount)
