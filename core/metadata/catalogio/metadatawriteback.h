#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace tagsmith {

struct WriteBackOptions {
    bool embedded = false;       // into the file itself instead of a "file.ext.xmp" sidecar
    bool includeSmart = false;   // also active smart tags at or above their model's threshold
};

// One asset written back.
struct WriteBackFile {
    QStringList tags;            // what the catalog holds for it and was written
    QString written;             // the sidecar or the asset; empty when there was nothing to write
};

// `tagsmith-cli metadata write` and the app's Write Metadata to Files: the catalog's tags of an
// asset into its sidecar or the file, so both front ends follow one rule for what travels.
class MetadataWriteBack {
    Q_DECLARE_TR_FUNCTIONS(MetadataWriteBack)
public:
    // `assetPath` as the catalog stores it. Errors are sentences naming the file, e.g.
    // "cannot write sidecar /a/b.jpg.xmp: folder is read-only".
    static Result<WriteBackFile> write(const QSqlDatabase &db, const QString &assetPath, const WriteBackOptions &options);
};

} // namespace tagsmith
