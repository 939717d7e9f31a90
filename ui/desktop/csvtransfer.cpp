#include "csvtransfer.h"

#include "metadata/csvmetadata.h"

#include <QFile>
#include <QSaveFile>

namespace tagsmith {

Result<int> CsvTransfer::exportTo(const CatalogPtr &catalog, const QString &file, const QStringList &paths)
{
    const auto csv = CsvCatalogTransfer(catalog->connection()).exportCsv(paths);
    if (!csv)
        return Error{csv.error()};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv.value()) != csv.value().size() || !out.commit())
        return Error{tr("Cannot write %1: %2").arg(file, out.errorString())};
    return int(csv.value().count("\r\n") - 1);   // RFC 4180 line ends, less the header
}

Result<CsvImportReport> CsvTransfer::importFrom(const CatalogPtr &catalog, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(file, in.errorString())};
    if (in.size() > CsvMetadata::maxBytes)
        return Error{tr("%1 is larger than %2 MB.").arg(file).arg(CsvMetadata::maxBytes / (1024 * 1024))};
    auto report = CsvCatalogTransfer(catalog->connection()).importCsv(in.readAll());
    if (!report)
        return Error{tr("%1: %2").arg(file, report.error())};
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
