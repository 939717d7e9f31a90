#pragma once

#include <QString>
#include <QStringList>

namespace tagsmith::ml {

// Example images laid out as DIR/<tag>/<images>: what "model train --from-folders" and the
// few-shot benchmarks read.
struct ImageFolders {
    static QStringList imageFiles(const QString &dir);   // sorted by name, not recursive
    static QStringList subfolders(const QString &dir);   // sorted by name
};

} // namespace tagsmith::ml
