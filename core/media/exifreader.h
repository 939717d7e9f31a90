#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tagsmith {

// Camera metadata worth showing and searching. Zero / empty / invalid means "not recorded".
struct ExifInfo {
    QString cameraMake;
    QString cameraModel;
    QDateTime dateTaken;          // DateTimeOriginal (else DateTime), local time without zone
    double exposureTimeSec = 0.0; // e.g. 0.004 for 1/250 s
    double fNumber = 0.0;
    int iso = 0;
    int orientation = 1;          // EXIF 1–8; 1 when absent or invalid
};

// Reads EXIF through Exiv2 (0.27 API). Thread-safe; Exiv2 exceptions never escape: a file
// whose metadata is broken gives an error value, and callers treat it as "no metadata".
class ExifReader {
    Q_DECLARE_TR_FUNCTIONS(ExifReader)
public:
    static Result<ExifInfo> read(const QString &path);
};

} // namespace tagsmith
