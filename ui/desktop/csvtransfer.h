#pragma once

#include "catalog/catalog.h"
#include "metadata/catalogio/csvcatalogtransfer.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace tagsmith {

// File > Export CSV / Import CSV: the same files as `tagsmith-cli csv export|import`. Each call
// opens its own connection, so run it on a pool thread, never the GUI thread.
class CsvTransfer {
    Q_DECLARE_TR_FUNCTIONS(CsvTransfer)
public:
    // The assets under `paths` (all when empty) into `file`; returns how many rows were written.
    static Result<int> exportTo(const CatalogPtr &catalog, const QString &file, const QStringList &paths,
                                bool includeSmart = false);
    // The rows exportTo would write, for the export dialog's preview.
    static Result<QList<MetadataRow>> exportPreview(const CatalogPtr &catalog, const QStringList &paths, bool includeSmart);
    // The dry run of importFrom: the same reading, parsing and checks, nothing written.
    static Result<CsvImportPlan> importPreview(const CatalogPtr &catalog, const QString &file);
    static Result<CsvImportReport> importFrom(const CatalogPtr &catalog, const QString &file);
    // "row 3 (line 4) rejected: …" for each rejected row, as the CLI prints them.
    static QStringList describe(const CsvImportReport &report);
};

} // namespace tagsmith
