#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

namespace tagsmith {

// Makes an earlier trained version of a model current again and queues re-tagging of every
// image, in one transaction, so smart tags follow the restored version once the jobs run.
// Shared by `tagsmith-cli model restore` and the Models view.
Status restoreModelVersion(const CatalogPtr &catalog, qint64 modelId, int version);

} // namespace tagsmith
