#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tagsmith::test {

// RFC 4180 reader for the dataset manifests (quoted fields may hold commas, quotes and line feeds).
QList<QStringList> readCsv(const QString &path);

// Rows as header -> value maps.
QList<QHash<QString, QString>> readCsvRecords(const QString &path);

} // namespace tagsmith::test
