#include "csvreader.h"

#include "textdecoder.h"

#include <QRegularExpression>

#include <utility>

namespace tagsmith {

namespace {

} // namespace

QChar CsvReader::sniffDelimiter(QStringView sample)
{
    // The delimiter occurs the same (non-zero) number of times on most of the first lines.
    const QList<QStringView> lines = sample.split(u'\n', Qt::SkipEmptyParts).mid(0, 20);
    QChar best = u',';
    qsizetype bestScore = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        if (lines.isEmpty())
            break;
        const qsizetype first = lines.first().count(candidate);
        if (first == 0)
            continue;
        qsizetype consistent = 0;
        for (const QStringView line : lines)
            consistent += line.count(candidate) == first;
        const qsizetype score = consistent * 1000 + first;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

QList<QStringList> CsvReader::parse(QStringView text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c != u'"')
                cell.append(c);
            else if (i + 1 < text.size() && text[i + 1] == u'"')
                cell.append(text[++i]);
            else
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            record.append(std::exchange(cell, QString()));
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            record.append(std::exchange(cell, QString()));
            if (record.size() > 1 || !record.first().isEmpty())
                records.append(record);
            record.clear();
        } else {
            cell.append(c);
        }
    }
    if (!cell.isEmpty() || !record.isEmpty()) {
        record.append(cell);
        records.append(record);
    }
    return records;
}

ExtractedText CsvReader::read(const QByteArray &bytes)
{
    static const QRegularExpression numeric(QStringLiteral("^[\\s+-]*[\\d.,eE+-]*\\d[\\d.,eE+-]*\\s*%?$"));
    DecodedText decoded = TextDecoder::decode(bytes);
    decoded.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QChar delimiter = sniffDelimiter(QStringView(decoded.text).left(16384));
    ExtractedText result;
    result.format = QStringLiteral("CSV");
    result.encoding = decoded.encoding;
    for (const QStringList &record : parse(decoded.text, delimiter)) {
        QStringList words;
        for (const QString &cell : record) {
            const QString trimmed = cell.trimmed();
            if (!trimmed.isEmpty() && !numeric.match(trimmed).hasMatch())
                words.append(trimmed);
        }
        if (!words.isEmpty())
            result.text += words.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return result;
}

} // namespace tagsmith
