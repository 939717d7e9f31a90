#pragma once

#include "catalog.h"
#include "util/result.h"

namespace tagsmith {

// Fills a catalog with `assetCount` plausible assets (folders of 500, mixed kinds, a few
// manual tags each) in one transaction, for benchmarks of opening, browsing and search.
// The files do not exist on disk.
Status fillSyntheticCatalog(Catalog &catalog, int assetCount, quint32 seed = 1);

} // namespace tagsmith
