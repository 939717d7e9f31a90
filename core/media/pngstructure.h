#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace tagsmith {

// Verifies a PNG without decoding it to pixels: header size against the pixel limit (before any
// allocation), every chunk's CRC, IEND present, and the zlib stream inflating to exactly the
// size the header declares. Memory stays constant whatever the image size.
class PngStructure {
    Q_DECLARE_TR_FUNCTIONS(PngStructure)
public:
    struct Report {
        QSize size;        // from IHDR, valid once the header was read
        QString problem;   // empty when the file is sound
    };
    static Report check(const QString &path, qint64 maxPixels);
};

} // namespace tagsmith
