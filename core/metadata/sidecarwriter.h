#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tagsmith {

struct SidecarOptions {
    // Write into the file itself through Exiv2 instead of "file.ext.xmp". Off by default:
    // the original is never touched unless the user asked for it.
    bool embedded = false;
};

// Writes tags where Lightroom, Bridge and digiKam look for them: XMP dc:subject gets each
// tag's leaf name, lr:hierarchicalSubject the whole path with '|' between levels. Merges:
// keywords already there stay (another application may have added them since the import read
// the file), as do all other properties and namespaces. Only tags named in `removedTags` — the
// ones the user took off in Tagsmith — are taken out. Writing the same tags twice changes
// nothing (the file is not even rewritten). Keywords compare case-insensitively, as in the
// reader. Thread-safe.
class SidecarWriter {
    Q_DECLARE_TR_FUNCTIONS(SidecarWriter)
public:
    static constexpr qint64 maxSidecarBytes = 16 * 1024 * 1024;

    // "photo.jpg" -> "photo.jpg.xmp" (digiKam, darktable, Bridge); with the setting
    // metadata/sidecarNaming = "base", "photo.xmp" as Lightroom names them, except where another
    // file of the folder shares the base name ("photo.png"), whose tags would land in one file.
    static QString sidecarPath(const QString &assetPath);
    static inline const QString NamingKey = QStringLiteral("metadata/sidecarNaming");
    static inline const QString BaseNaming = QStringLiteral("base");

    // Returns the file that now holds the tags: the sidecar or, with options.embedded, the asset;
    // empty when there was nothing to write (no tags and no sidecar yet).
    // Errors are sentences such as "cannot write sidecar /a/b.jpg.xmp: folder is read-only".
    static Result<QString> write(const QString &assetPath, const QStringList &tagPaths,
                                 const SidecarOptions &options = {}, const QStringList &removedTags = {});
};

} // namespace tagsmith
