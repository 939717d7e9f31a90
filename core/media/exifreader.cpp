#include "exifreader.h"

#include "exiv2setup.h"
#include "filecheck.h"

#include <QFile>

#include <exiv2/exiv2.hpp>

#include <cmath>
#include <mutex>

namespace tagsmith {

namespace {

const Exiv2::Exifdatum *find(const Exiv2::ExifData &data, const char *key)
{
    const auto it = data.findKey(Exiv2::ExifKey(key));
    return it == data.end() ? nullptr : &*it;
}

QString text(const Exiv2::ExifData &data, const char *key)
{
    const Exiv2::Exifdatum *datum = find(data, key);
    return datum ? QString::fromStdString(datum->toString()).trimmed() : QString();
}

double number(const Exiv2::ExifData &data, const char *key)
{
    const Exiv2::Exifdatum *datum = find(data, key);
    if (!datum || datum->count() == 0)
        return 0.0;
    // Rationals are divided in double: toFloat() would turn f/5.6 into 5.5999999.
    const Exiv2::TypeId type = datum->typeId();
    double value = datum->toFloat(0);
    if (type == Exiv2::unsignedRational || type == Exiv2::signedRational) {
        const Exiv2::Rational r = datum->toRational(0);
        value = r.second != 0 ? double(r.first) / r.second : 0.0;
    }
    return std::isfinite(value) && value > 0 ? value : 0.0;
}
} // namespace

Result<ExifInfo> ExifReader::read(const QString &path)
{
    const QString problem = FileCheck::problem(path);
    if (!problem.isEmpty())
        return Error{problem};
    ensureExiv2Initialised();
    try {
        auto image = Exiv2::ImageFactory::open(std::string(QFile::encodeName(path).constData()), false);
        if (!image.get())
            return Error{tr("no metadata support for this file")};
        image->readMetadata();
        const Exiv2::ExifData &data = image->exifData();
        ExifInfo info;
        info.cameraMake = text(data, "Exif.Image.Make");
        info.cameraModel = text(data, "Exif.Image.Model");
        QString date = text(data, "Exif.Photo.DateTimeOriginal");
        if (date.isEmpty())
            date = text(data, "Exif.Image.DateTime");
        info.dateTaken = QDateTime::fromString(date, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
        info.exposureTimeSec = number(data, "Exif.Photo.ExposureTime");
        info.fNumber = number(data, "Exif.Photo.FNumber");
        info.iso = int(number(data, "Exif.Photo.ISOSpeedRatings"));
        const int orientation = int(number(data, "Exif.Image.Orientation"));
        info.orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
        return info;
    } catch (const Exiv2::AnyError &error) {
        return Error{tr("unreadable metadata: %1").arg(QString::fromStdString(error.what()))};
    } catch (const std::exception &error) {
        return Error{tr("unreadable metadata: %1").arg(QString::fromUtf8(error.what()))};
    }
}

} // namespace tagsmith
