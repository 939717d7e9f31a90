#pragma once

#include <QString>
#include <QStringList>

// Tag paths as the catalog spells them: levels joined by '/', each level trimmed and with
// inner whitespace simplified, no empty levels (the same rule as catalog's normaliseTagPath,
// which this library cannot link).
namespace tagsmith::tagpath {

QString fromLevels(const QStringList &levels);
QStringList levels(const QString &path);
QString leaf(const QString &path);

} // namespace tagsmith::tagpath
