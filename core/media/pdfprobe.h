#pragma once

#include "mediainfo.h"

#include <QCoreApplication>

namespace tagsmith {

// PDFs through Poppler-Qt6: page count, encryption, and that the first page can be loaded.
class PdfProbe {
    Q_DECLARE_TR_FUNCTIONS(PdfProbe)
public:
    static void probe(const QString &path, MediaInfo &info);
    // Poppler prints parser complaints to stderr; reasons travel as error values instead.
    static void silencePopplerOnce();
};

} // namespace tagsmith
