#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace tagsmith {

// Whether a file can become the open catalog, answered before the window lets go of the current
// one. Opens the file (running its migrations), so call it off the GUI thread.
class CatalogCheck {
    Q_DECLARE_TR_FUNCTIONS(CatalogCheck)
public:
    // `create`: a new catalog is made at `path`, which must not exist yet. Otherwise `path` must be
    // an existing SQLite file: anything else is refused without being touched (SQLite would
    // otherwise turn an empty file into a catalog).
    static Status run(const QString &path, bool create);
};

} // namespace tagsmith
