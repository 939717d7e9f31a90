#include "csvtransfer.h"

#include "metadata/csvmetadata.h"

#include <QFileInfo>
#include <QSaveFile>

namespace tagsmith {

Result<int> CsvTransfer::exportTo(const CatalogPtr &catalog, const QString &file, const QStringList &paths, bool includeSmart)
{
    const auto csv = CsvCatalogTransfer(catalog->connection()).exportCsv(paths, includeSmart);
    if (!csv)
        return Error{csv.error()};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv.value()) != csv.value().size() || !out.commit())
        return Error{tr("Cannot write %1: %2").arg(file, out.errorString())};
    return int(csv.value().count("\r\n") - 1);   // RFC 4180 line ends, less the header
}

Result<QList<MetadataRow>> CsvTransfer::exportPreview(const CatalogPtr &catalog, const QStringList &paths, bool includeSmart)
{
    return CsvCatalogTransfer(catalog->connection()).exportRows(paths, includeSmart);
}

Result<CsvImportPlan> CsvTransfer::importPreview(const CatalogPtr &catalog, const QString &file)
{
    const auto bytes = CsvCatalogTransfer::readFile(file);
    if (!bytes)
        return Error{bytes.error()};
    auto plan = CsvCatalogTransfer(catalog->connection()).plan(bytes.value());
    if (!plan)
        return Error{tr("%1: %2").arg(QFileInfo(file).fileName(), plan.error())};
    return plan;
}

Result<CsvImportReport> CsvTransfer::importFrom(const CatalogPtr &catalog, const QString &file)
{
    const auto bytes = CsvCatalogTransfer::readFile(file);
    if (!bytes)
        return Error{bytes.error()};
    auto report = CsvCatalogTransfer(catalog->connection()).importCsv(bytes.value());
    if (!report)
        return Error{tr("%1: %2").arg(QFileInfo(file).fileName(), report.error())};
    return report;
}

QStringList CsvTransfer::describe(const CsvImportReport &report)
{
    QStringList lines;
    for (const CsvRowError &error : report.errors)
        lines << tr("Row %1 (line %2) rejected: %3").arg(error.row).arg(error.line).arg(error.message);
    return lines;
}

} // namespace tagsmith
