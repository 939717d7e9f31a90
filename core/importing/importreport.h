#pragma once

#include <QList>
#include <QString>

namespace tagsmith {

struct ImportError {
    QString path;
    QString reason;
};

// What one import run did, as the CLI contract reports it.
struct ImportReport {
    int added = 0;
    int updated = 0;      // changed content, or moved within a root (tags kept)
    int unchanged = 0;
    int failed = 0;       // processed this run and could not be read
    int missing = 0;      // vanished since the last run (kept with their tags, marked missing)
    bool cancelled = false;
    QList<ImportError> errors;
};

} // namespace tagsmith
