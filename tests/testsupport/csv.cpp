#include "csv.h"

#include <QFile>

namespace tagsmith::test {

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QList<QHash<QString, QString>> readCsvRecords(const QString &path)
{
    const QList<QStringList> rows = readCsv(path);
    QList<QHash<QString, QString>> records;
    if (rows.isEmpty())
        return records;
    const QStringList header = rows.first();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < header.size() && c < rows.at(r).size(); ++c)
            record.insert(header.at(c), rows.at(r).at(c));
        records << record;
    }
    return records;
}

} // namespace tagsmith::test
