#include "csvcatalogtransfer.h"

#include "catalog/assetrepository.h"
#include "catalog/sql.h"
#include "catalog/tagrepository.h"
#include "sidecartags.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace tagsmith {

namespace {
// The catalog stores paths with the folder part canonical; a path as typed may differ.
QStringList pathForms(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    QStringList forms{path};
    for (const QString &form : {info.absoluteFilePath(), canonical})
        if (!form.isEmpty() && !forms.contains(form))
            forms << form;
    return forms;
}
} // namespace

Result<qint64> CsvCatalogTransfer::assetId(const QString &path) const
{
    for (const QString &form : pathForms(path)) {
        const QVariant id = sql::scalar(m_db, QStringLiteral("SELECT id FROM assets WHERE path = ?"), {form});
        if (id.isValid())
            return id.toLongLong();
    }
    return Error{tr("not in the catalog: %1").arg(path)};
}

Result<QList<MetadataRow>> CsvCatalogTransfer::exportRows(const QStringList &paths, bool includeSmart) const
{
    AssetRepository assets(m_db);
    QList<AssetRecord> records;
    if (paths.isEmpty()) {
        auto all = assets.list();
        if (!all)
            return Error{all.error()};
        records = all.value();
    }
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            auto under = assets.underFolder(QFileInfo(path).canonicalFilePath());
            if (!under)
                return Error{under.error()};
            records << under.value();
            continue;
        }
        auto id = assetId(path);
        if (!id)
            return Error{id.error()};
        auto found = assets.findById(id.value());
        if (!found)
            return Error{found.error()};
        if (found.value())
            records << *found.value();
    }
    QList<MetadataRow> rows;
    for (const AssetRecord &record : std::as_const(records)) {
        auto tags = SidecarTags::forAsset(m_db, record.path, includeSmart);
        if (!tags)
            return Error{tags.error()};
        rows << MetadataRow{record.path, record.title, record.description, tags.value()};
    }
    return rows;
}

Result<QByteArray> CsvCatalogTransfer::exportCsv(const QStringList &paths, bool includeSmart) const
{
    auto rows = exportRows(paths, includeSmart);
    if (!rows)
        return Error{rows.error()};
    return CsvMetadata::write(rows.value());
}

Result<QByteArray> CsvCatalogTransfer::readFile(const QString &file)
{
    QFile in(file);
    if (QFileInfo(file).isDir())
        return Error{tr("%1 is a folder, not a CSV file.").arg(file)};
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(file, in.errorString())};
    if (in.size() > CsvMetadata::maxBytes)
        return Error{tr("%1 is larger than %2 MB.").arg(file).arg(CsvMetadata::maxBytes / (1024 * 1024))};
    return in.readAll();
}

Result<CsvImportPlan> CsvCatalogTransfer::plan(const QByteArray &csv) const
{
    auto parsed = CsvMetadata::parse(csv);
    if (!parsed)
        return Error{parsed.error()};
    CsvImportPlan plan;
    plan.malformed = parsed.value().errors;
    plan.rows = int(parsed.value().rows.size() + parsed.value().errors.size());
    for (const CsvMetadataRow &row : parsed.value().rows) {
        auto id = assetId(row.metadata.path);
        if (id)
            plan.valid << CsvPlannedRow{row.row, row.line, id.value(), row.metadata};
        else
            plan.unknown << CsvRowError{row.row, row.line, row.metadata.path, id.error()};
    }
    return plan;
}

QList<CsvRowError> CsvImportPlan::rejected() const
{
    QList<CsvRowError> all = malformed + unknown;
    std::sort(all.begin(), all.end(), [](const CsvRowError &a, const CsvRowError &b) { return a.row < b.row; });
    return all;
}

Result<CsvImportReport> CsvCatalogTransfer::importCsv(const QByteArray &csv)
{
    // Validated against the catalog before anything is written.
    auto planned = plan(csv);
    if (!planned)
        return Error{planned.error()};
    CsvImportReport report;
    report.rows = planned->rows;
    report.errors = planned->rejected();

    int changed = 0;
    const Status status = sql::transaction(m_db, [&]() -> Status {
        for (const CsvPlannedRow &row : planned->valid) {
            bool rowChanged = false;
            const Status applied = apply(row.assetId, row.metadata, rowChanged);
            if (!applied)
                return Error{tr("%1: %2").arg(row.metadata.path, applied.error())};
            changed += rowChanged ? 1 : 0;
        }
        return success();
    });
    if (!status)
        return Error{status.error()};
    report.applied = int(planned->valid.size());
    report.changed = changed;
    return report;
}

Status CsvCatalogTransfer::apply(qint64 assetId, const MetadataRow &row, bool &changed)
{
    AssetRepository assets(m_db);
    auto asset = assets.findById(assetId);
    if (!asset)
        return Error{asset.error()};
    if (asset.value() && (asset.value()->title != row.title || asset.value()->description != row.description)) {
        auto updated = sql::exec(m_db, QStringLiteral("UPDATE assets SET title = ?, description = ?, updated_at = ? WHERE id = ?"),
                                 {row.title, row.description, QDateTime::currentSecsSinceEpoch(), assetId});
        if (!updated)
            return Error{updated.error()};
        changed = true;
    }

    TagRepository tags(m_db);
    auto current = tags.tagsOf(assetId);
    if (!current)
        return Error{current.error()};
    QStringList wanted;
    for (const QString &tag : row.tags)
        wanted << normaliseTagPath(tag);
    QStringList have;
    for (const AssetTag &tag : current.value()) {
        const bool manual = tag.source == TagSource::Manual && tag.state == TagState::Active;
        const bool promoted = tag.state == TagState::Promoted;
        if (!manual && !promoted)
            continue;
        have << tag.tag;
        if (wanted.contains(tag.tag))
            continue;
        if (manual) {
            const Result<bool> removed = tags.removeManualTag(assetId, tag.tag);
            if (!removed)
                return Error{removed.error()};
        } else {
            const Status deleted = tags.moderate(assetId, tag.tag, TagState::Deleted);
            if (!deleted)
                return deleted;
        }
        changed = true;
    }
    for (const QString &tag : std::as_const(wanted)) {
        if (have.contains(tag))
            continue;
        const Status added = tags.addManualTag(assetId, tag);
        if (!added)
            return added;
        changed = true;
    }
    return success();
}

} // namespace tagsmith
