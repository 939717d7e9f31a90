#pragma once

#include "extractedtext.h"

#include <QByteArray>
#include <QStringList>

namespace tagsmith {

// CSV/TSV: sniffs the delimiter (, ; tab |) and keeps the words of every cell; purely
// numeric cells ("5,1", "1065") carry no searchable meaning and are dropped.
class CsvReader {
public:
    static ExtractedText read(const QByteArray &bytes);
    static QChar sniffDelimiter(QStringView sample);
    // RFC 4180 records: quoted fields may hold delimiters, doubled quotes and newlines.
    static QList<QStringList> parse(QStringView text, QChar delimiter = u',');
};

} // namespace tagsmith
