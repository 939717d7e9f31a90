#pragma once

#include "text/csvreader.h"

#include <QFile>
#include <QHash>

// Rows of a dataset manifest as column-name -> value maps (real CSV: quoted fields and
// newlines inside quotes occur in the bad-inputs manifest).
inline QList<QHash<QString, QString>> readManifest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QStringList> records = tagsmith::CsvReader::parse(QString::fromUtf8(file.readAll()));
    QList<QHash<QString, QString>> rows;
    for (const QStringList &record : records.mid(1)) {
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < records.first().size() && i < record.size(); ++i)
            row.insert(records.first().at(i), record.at(i));
        rows.append(row);
    }
    return rows;
}

inline QString documentsDir() { return QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/documents"); }
inline QString badDir() { return QStringLiteral(TAGSMITH_SHARED_DIR "/datasets/bad"); }
