#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

// RFC 4180 reader for the dataset manifests: quoted fields may hold commas, doubled quotes and
// line feeds (one bad/ file name contains a newline).
namespace tagsmith::test {

inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

// Rows as column-name → value maps.
inline QList<QHash<QString, QString>> readCsvRecords(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    QList<QHash<QString, QString>> records;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < rows.first().size() && c < rows[r].size(); ++c)
            record.insert(rows.first().at(c), rows[r].at(c));
        records << record;
    }
    return records;
}

// Data-table rows "file, displayWidth, displayHeight" from a photos/ or videos/ manifest;
// returns the number of rows so callers can check the manifest is complete.
inline qsizetype addDisplaySizeRows(const QString &manifest)
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("displayWidth");
    QTest::addColumn<int>("displayHeight");
    const auto records = readCsvRecords(manifest);
    for (const auto &row : records) {
        const QString file = row.value(QStringLiteral("file"));
        QTest::addRow("%s", qPrintable(file)) << file << row.value(QStringLiteral("display_width")).toInt()
                                              << row.value(QStringLiteral("display_height")).toInt();
    }
    return records.size();
}

} // namespace tagsmith::test
