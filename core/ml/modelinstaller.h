#pragma once

#include "modelmanifest.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tagsmith::ml {

struct ModelInstallFailure {
    QString model;
    QString reason;
};

struct ModelInstallReport {
    QStringList installed;
    QList<ModelInstallFailure> failed;
};

// Copies model packs from a folder the user names (sourceDir/<model>/<files>) into the
// user's model folder, verifying every file's size and SHA-256 on the way. Each model is
// installed atomically: it is assembled in a temporary folder beside the destination and
// renamed into place only when every file checks out, so a failure leaves nothing half-installed
// (and an older good copy stays in place).
class ModelInstaller {
public:
    // Every built-in model (or only `names`); a model missing from sourceDir is reported
    // in `failed` and the others are still installed.
    static ModelInstallReport install(const QString &sourceDir, const QString &destDir,
                                      const QStringList &names = {});
    static Status installOne(const ModelManifest &manifest, const QString &sourceDir, const QString &destDir);
};

} // namespace tagsmith::ml
