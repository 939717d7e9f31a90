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
    Result<QList<MetadataRow>> exportRows(const QStringList &paths) const;
    Result<QByteArray> exportCsv(const QStringList &paths) const;

    // Error only when the file as a whole is unusable or the transaction failed (then nothing
    // was applied); rejected rows are in the report.
    Result<CsvImportReport> importCsv(const QByteArray &csv);

private:
    Result<qint64> assetId(const QString &path) const;
    Status apply(qint64 assetId, const MetadataRow &row, bool &changed);

    QSqlDatabase m_db;
};

} // namespace tagsmith
