#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

#include <QStringList>

namespace tagsmith {

// What search benchmarks fill on top of fillSyntheticCatalog().
struct SyntheticSearchOptions {
    int smartTagsPerAsset = 3;
    int embeddingDimension = 1280;   // 0: no embeddings
    QString embeddingVariant = QStringLiteral("synthetic");
    quint32 seed = 7;
};

// Gives every asset of a synthetic catalog a title, some a description, documents a page of
// text, smart tags from four models (thresholds 0.6 to 0.8, plus "generic" without a row)
// with random confidences, a few of them deleted or promoted, and a random unit embedding per
// content hash. One transaction.
Status fillSyntheticSearchData(Catalog &catalog, const SyntheticSearchOptions &options = {});

// The words titles, text and smart tags are drawn from, for building benchmark queries.
QStringList syntheticSearchWords();

} // namespace tagsmith
