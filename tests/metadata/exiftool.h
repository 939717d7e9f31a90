#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// exiftool (Debian libimage-exiftool-perl) as the independent peer the metadata tests check
// Tagsmith against: it writes keywords Tagsmith must read and reads sidecars Tagsmith wrote.
namespace tagsmith::test {

bool exifToolAvailable();
// Runs exiftool with `arguments`; empty on success, else what went wrong.
QString runExifTool(const QStringList &arguments);
// `exiftool -j -struct <arguments> file`: the file's object.
QJsonObject exifToolJson(const QString &file, const QStringList &arguments);
// A JSON value exiftool printed as a scalar (one item) or an array, as a list.
QStringList exifToolList(const QJsonObject &object, const QString &key);

} // namespace tagsmith::test
