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
    // Whether the headers carry an ICC profile (APP2 "ICC_PROFILE"): OpenCV's decoder ignores
    // it, so such a picture must go through Qt's colour-managed path for what people see.
    static bool hasColourProfile(const QString &path);
};

} // namespace tagsmith
