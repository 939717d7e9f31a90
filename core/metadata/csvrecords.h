#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tagsmith {

// One record of a CSV file, or why it is malformed.
struct CsvRecord {
    int line = 0;          // 1-based line where the record starts
    QStringList fields;
    QString error;         // empty when well-formed
    bool blank = false;    // an empty line
};

// Strict RFC 4180 (comma, CRLF or LF, quoted fields holding commas, doubled quotes and line
// breaks). Unlike a lenient reader it reports malformed records — a quote inside an unquoted
// field, text after a closing quote, a quote never closed — so an import can reject them
// instead of guessing; the following records are still read.
class CsvRecords {
    Q_DECLARE_TR_FUNCTIONS(CsvRecords)
public:
    static QList<CsvRecord> parse(QStringView text);

    // One line (without its terminator); fields are quoted only when they need it.
    static QString join(const QStringList &fields);
    static QString quote(const QString &field);
};

} // namespace tagsmith
