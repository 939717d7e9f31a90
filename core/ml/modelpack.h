#pragma once

#include "modelmanifest.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace tagsmith::ml {

// An installed model: its manifest plus the folder holding its files.
class ModelPack {
public:
    // modelsDir/<name>/ must hold every file of the built-in manifest with the right size.
    // Checksums are verified once at install time, not on every start.
    static Result<ModelPack> load(const QString &modelsDir, const QString &name);

    const ModelManifest &manifest() const { return m_manifest; }
    QString directory() const { return m_directory; }
    QString filePath(const QString &fileName) const;
    Result<QStringList> labels() const;

private:
    ModelManifest m_manifest;
    QString m_directory;
};

} // namespace tagsmith::ml
