#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

namespace tagsmith {

// Grows a catalog just filled by fillSyntheticCatalog() and fillSyntheticSearchData() (ids
// 1..n, nothing else in it) to `assetCount` assets by copying it in SQL, one transaction per
// copy: copy k lives under /synthetic/copy-k/ with its own content hashes (and a copy of each
// embedding), the same titles, text and tags, and new smart-tag confidences drawn from a hash
// of (asset, tag) so the copies do not tie with each other. Minutes instead of the hour that
// filling a million assets row by row takes.
Status growSyntheticCatalog(Catalog &catalog, int assetCount);

} // namespace tagsmith
