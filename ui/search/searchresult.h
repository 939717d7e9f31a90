#pragma once

#include "catalog/browsequeries.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace tagsmith {

// One asset of a search or "find similar" answer, ready for the grid: the asset as the folder
// view shows it, plus a short badge and a sentence saying why it matched.
struct SearchResult {
    AssetSummary asset;
    QString badge;     // e.g. "metadata", "all tags", "any tag", "93 %"
    QString reason;    // e.g. "All terms in smart tags (confidence 0.83)"
};

} // namespace tagsmith

Q_DECLARE_METATYPE(tagsmith::SearchResult)
