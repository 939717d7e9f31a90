#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tagsmith {

// One asset's metadata as a CSV row.
struct MetadataRow {
    QString path;
    QString title;
    QString description;
    QStringList tags;      // tag paths, levels separated by '/'
};

// Why a row was rejected. `row` counts like a spreadsheet (the header is row 1);
// `line` is the text line where the row starts (they differ when fields hold line breaks).
struct CsvRowError {
    int row = 0;
    int line = 0;
    QString path;          // when the row got far enough to name one
    QString message;
};

struct CsvMetadataRow {
    int row = 0;
    int line = 0;
    MetadataRow metadata;
};

// The well-formed rows and the rejected ones of a metadata CSV.
struct CsvMetadataParse {
    QList<CsvMetadataRow> rows;
    QList<CsvRowError> errors;
};

// AEM-style metadata CSV: UTF-8, header "path,title,description,tags", RFC 4180 quoting,
// several tags in one cell separated by '|', hierarchy inside a tag by '/'.
class CsvMetadata {
    Q_DECLARE_TR_FUNCTIONS(CsvMetadata)
public:
    static constexpr qint64 maxBytes = 64 * 1024 * 1024;

    static QStringList columns();
    static QByteArray write(const QList<MetadataRow> &rows);

    // Checks every row on its own: quoting, column count, an empty path, empty tags or tag
    // levels ("a//b", "a||b"), a path listed twice. Error for the whole file only when it is
    // not UTF-8 text, too large, or lacks the header.
    static Result<CsvMetadataParse> parse(const QByteArray &bytes);

    // "a|b/c" -> {"a", "b/c"}; an error message when a tag or a level is empty.
    static Result<QStringList> parseTags(const QString &cell);
};

} // namespace tagsmith
