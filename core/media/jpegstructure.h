#pragma once

#include <QCoreApplication>
#include <QString>

namespace tagsmith {

// Walks a JPEG's markers and entropy-coded segments up to the end-of-image marker.
// Qt's and OpenCV's decoders accept a truncated JPEG silently (grey lower half), so this
// is how truncation is caught at import.
class JpegStructure {
    Q_DECLARE_TR_FUNCTIONS(JpegStructure)
public:
    // Empty when the structure is complete; otherwise the specific problem.
    static QString problem(const QString &path);
};

} // namespace tagsmith
