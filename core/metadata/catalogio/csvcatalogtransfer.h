#pragma once

#include "metadata/csvmetadata.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace tagsmith {

struct CsvImportReport {
    int rows = 0;                  // data rows in the file (blank lines not counted)
    int applied = 0;               // valid rows, applied
    int changed = 0;               // of those, rows that changed the catalog
    QList<CsvRowError> errors;     // rejected rows: they changed nothing
};

// A row that passed every check and names an asset of the catalog.
struct CsvPlannedRow {
    int row = 0;
    int line = 0;
    qint64 assetId = 0;
    MetadataRow metadata;
};

// What an import of a file would do, worked out without writing: the preview shows it and the
// import applies exactly its valid rows, so the two cannot disagree.
struct CsvImportPlan {
    int rows = 0;                  // data rows in the file (blank lines not counted)
    QList<CsvPlannedRow> valid;    // in file order
    QList<CsvRowError> malformed;  // rows the parser rejected
    QList<CsvRowError> unknown;    // well-formed rows naming no asset of the catalog
    // Both kinds of rejected row, by row number, as the import report lists them.
    QList<CsvRowError> rejected() const;
};

// Metadata CSV between the catalog and a file. Export writes the title, description and the
// tags a user stands behind (manual and promoted). Import makes each valid row the truth for its
// asset: title and description replaced, manual tags set to exactly the listed ones, a promoted
// tag left out of the row deleted (so it is not re-applied). Every row is validated first;
// the valid rows are applied in one transaction and the rejected ones touch nothing.
class CsvCatalogTransfer {
    Q_DECLARE_TR_FUNCTIONS(CsvCatalogTransfer)
public:
    explicit CsvCatalogTransfer(QSqlDatabase db) : m_db(std::move(db)) {}

    // The assets named by `paths` — files, or folders taken recursively — or every asset
    // when `paths` is empty.
    // With `includeSmart` the tags column also holds active smart tags at or above their
    // model's threshold, as `metadata write --include-smart` writes them into sidecars.
    Result<QList<MetadataRow>> exportRows(const QStringList &paths, bool includeSmart = false) const;
    Result<QByteArray> exportCsv(const QStringList &paths, bool includeSmart = false) const;

    // The bytes of a CSV file to import, or why it cannot be one (missing, unreadable, too large).
    static Result<QByteArray> readFile(const QString &file);

    // The dry run: every row parsed and checked against the catalog; nothing is written. Error
    // only when the file as a whole is unusable (not UTF-8 text, empty, no header).
    Result<CsvImportPlan> plan(const QByteArray &csv) const;

    // plan() and then its valid rows applied in one transaction. Error only when the file as a
    // whole is unusable or the transaction failed (then nothing was applied); rejected rows are
    // in the report.
    Result<CsvImportReport> importCsv(const QByteArray &csv);

private:
    Result<qint64> assetId(const QString &path) const;
    Status apply(qint64 assetId, const MetadataRow &row, bool &changed);

    QSqlDatabase m_db;
};

} // namespace tagsmith
