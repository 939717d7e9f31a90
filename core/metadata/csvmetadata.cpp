#include "csvmetadata.h"

#include "csvrecords.h"
#include "tagpath.h"

#include <QHash>
#include <QStringDecoder>

namespace tagsmith {

QStringList CsvMetadata::columns()
{
    return {QStringLiteral("path"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("tags")};
}

QByteArray CsvMetadata::write(const QList<MetadataRow> &rows)
{
    static const QString lineEnd = QStringLiteral("\r\n");
    QString text = CsvRecords::join(columns()) + lineEnd;
    for (const MetadataRow &row : rows)
        text += CsvRecords::join({row.path, row.title, row.description, row.tags.join(u'|')}) + lineEnd;
    return text.toUtf8();
}

Result<QStringList> CsvMetadata::parseTags(const QString &cell)
{
    if (cell.trimmed().isEmpty())
        return QStringList();
    QStringList tags;
    for (const QString &tag : cell.split(u'|')) {
        if (tag.trimmed().isEmpty())
            return Error{tr("an empty tag between '|' separators")};
        const QStringList levels = tag.split(u'/');
        for (const QString &level : levels)
            if (level.trimmed().isEmpty())
                return Error{tr("tag \"%1\" has an empty level").arg(tag.trimmed())};
        const QString path = tagpath::fromLevels(levels);
        if (!tags.contains(path))
            tags << path;
    }
    return tags;
}

Result<CsvMetadataParse> CsvMetadata::parse(const QByteArray &bytes)
{
    if (bytes.size() > maxBytes)
        return Error{tr("the CSV file is larger than %1 MB").arg(maxBytes / (1024 * 1024))};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);   // a UTF-8 byte order mark (Excel writes one) is dropped
    if (decoder.hasError())
        return Error{tr("the CSV file is not UTF-8 text")};

    const QList<CsvRecord> records = CsvRecords::parse(text);
    qsizetype first = 0;
    while (first < records.size() && records.at(first).blank)
        ++first;
    if (first == records.size())
        return Error{tr("the CSV file is empty")};
    QStringList header;
    for (const QString &name : records.at(first).fields)
        header << name.trimmed().toLower();
    if (!records.at(first).error.isEmpty() || header != columns())
        return Error{tr("the first row must be the header %1").arg(columns().join(u','))};

    CsvMetadataParse parsed;
    QHash<QString, int> rowOfPath;
    for (qsizetype i = first + 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        if (record.blank)
            continue;
        const int row = int(i) + 1;
        const QString path = record.fields.isEmpty() ? QString() : record.fields.first().trimmed();
        auto reject = [&](const QString &message) { parsed.errors << CsvRowError{row, record.line, path, message}; };
        if (!record.error.isEmpty()) {
            reject(record.error);
            continue;
        }
        if (record.fields.size() != columns().size()) {
            reject(tr("expected %1 columns (%2), found %3").arg(columns().size()).arg(columns().join(QStringLiteral(", "))).arg(record.fields.size()));
            continue;
        }
        if (path.isEmpty()) {
            reject(tr("the path is empty"));
            continue;
        }
        const Result<QStringList> tags = parseTags(record.fields.at(3));
        if (!tags) {
            reject(tags.error());
            continue;
        }
        if (rowOfPath.contains(path)) {
            reject(tr("%1 is already on row %2").arg(path).arg(rowOfPath.value(path)));
            continue;
        }
        rowOfPath.insert(path, row);
        parsed.rows << CsvMetadataRow{row, record.line,
                                      MetadataRow{path, record.fields.at(1).trimmed(), record.fields.at(2).trimmed(), tags.value()}};
    }
    return parsed;
}

} // namespace tagsmith
