#pragma once

#include "embeddedmetadata.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tagsmith {

// Reads keywords, title and description from a file (XMP, IPTC, EXIF through Exiv2 0.27) and
// from its XMP sidecars ("photo.jpg.xmp", then "photo.xmp"). Thread-safe. Exiv2 exceptions never
// escape: metadata that cannot be read becomes a warning and the rest still counts.
//
// Keyword fields: XMP dc:subject (flat), lr:hierarchicalSubject ('|' levels), digiKam:TagsList
// ('/' levels), IPTC Keywords (flat). Title: dc:title, photoshop:Headline, IPTC ObjectName,
// IPTC Headline. Description: dc:description, IPTC Caption, EXIF ImageDescription. A sidecar's
// title and description win over the file's, as the sidecar is where editors write.
class MetadataReader {
    Q_DECLARE_TR_FUNCTIONS(MetadataReader)
public:
    static constexpr qint64 maxSidecarBytes = 16 * 1024 * 1024;

    // Error only when the file itself cannot be read (missing, a folder, no permission).
    // Formats Exiv2 does not know (videos, documents) give their sidecars' metadata only.
    static Result<EmbeddedMetadata> read(const QString &path);

    // The sidecars of `path` that exist, in the order they are read.
    static QStringList sidecarPaths(const QString &path);
};

} // namespace tagsmith
