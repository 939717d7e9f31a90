#pragma once

#include "catalog/catalog.h"
#include "importreport.h"
#include "media/mediaprober.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace tagsmith {

struct ImportOptions {
    ProbeLimits probeLimits;
    int batchSize = 32;          // files per transaction: a kill loses at most one batch of work
    int threads = 0;             // 0 = one per core
    // The user named these paths (CLI import, Import Folder, Rescan): a folder removed from the
    // catalog at or above one of them comes back. The watcher's automatic rescans leave them out.
    bool userRequested = true;
};

// done, total, the file just finished
using ImportProgress = std::function<void(int done, int total, const QString &path)>;

// Adds files and folders to the catalog: content-detected type, basic properties,
// content hash. Incremental (size + mtime, then hash), move-aware (hash), crash-safe
// (batched transactions; a re-run continues where a killed one stopped).
class Importer {
public:
    Importer(CatalogPtr catalog, ImportOptions options = {});

    ImportReport run(const QStringList &paths, const ImportProgress &progress = {},
                     const std::atomic<bool> *cancel = nullptr);

private:
    CatalogPtr m_catalog;
    ImportOptions m_options;
};

} // namespace tagsmith
