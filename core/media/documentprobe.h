#pragma once

#include "mediainfo.h"

#include <QCoreApplication>
#include <QMimeType>

namespace tagsmith {

// Office, ODF and text documents: cheap structural checks only (the ZIP directory holds the main
// part, the OLE file names a Word or PowerPoint stream). Text extraction lives elsewhere and
// enforces its own limits.
class DocumentProbe {
    Q_DECLARE_TR_FUNCTIONS(DocumentProbe)
public:
    // `byName` is the type the file name suggests; it only refines a generic container type
    // the content already proved (ZIP, OLE, plain text), never overrides the content.
    static void probe(const QString &path, const QMimeType &byContent, const QMimeType &byName, MediaInfo &info);

private:
    static void probeZip(const QString &path, const QMimeType &byContent, const QMimeType &byName, MediaInfo &info);
    static void probeOle(const QString &path, const QMimeType &byName, MediaInfo &info);
};

} // namespace tagsmith
