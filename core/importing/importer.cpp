#include "importer.h"

#include "catalog/removedfolders.h"

#include "catalog/assetrepository.h"
#include "catalog/folderrepository.h"
#include "catalog/sql.h"
#include "contenthash.h"
#include "filewalker.h"
#include "jobs/jobqueue.h"
#include "catalog/tagrepository.h"
#include "metadata/metadatareader.h"
#include "processing/processingpipeline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace tagsmith {
namespace {

// A file that needs probing, and what probing found.
struct WorkItem {
    FoundFile found;
    RootRecord root;
    std::optional<AssetRecord> existing;
    QString hash;
    MediaInfo media;
    EmbeddedMetadata metadata;   // keywords, title and description from the file and its sidecars
};

struct Target {
    RootRecord root;
    QString folder;           // empty when a single file was named
    WalkResult walk;
};

QString parentFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString fileName(const QString &path) { return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1); }

bool isSidecar(const QString &path) { return path.endsWith(QLatin1String(".xmp"), Qt::CaseInsensitive); }

void process(WorkItem &item, const MediaProber &prober, const std::atomic<bool> *cancel)
{
    if (!item.found.error.isEmpty()) {
        item.media.error = item.found.error;
        return;
    }
    auto hash = hashFile(item.found.path, cancel);
    if (!hash) {
        item.media.error = hash.error();
        return;
    }
    item.hash = hash.value();
    item.media = prober.probe(item.found.path);
    if (item.media.ok()) {
        if (auto metadata = MetadataReader::read(item.found.path); metadata)
            item.metadata = metadata.value();
    }
}

// Embedded keywords become manual tags (idempotent: what we wrote to a sidecar and read back
// adds nothing); title and description fill what the catalog does not have yet.
Status applyMetadata(QSqlDatabase db, qint64 assetId, const AssetRecord &before, const EmbeddedMetadata &metadata)
{
    if (metadata.isEmpty())
        return success();
    TagRepository tags(db);
    for (const QString &tag : metadata.tags)
        if (Status added = tags.addManualTag(assetId, tag); !added)
            return added;
    const QString title = before.title.isEmpty() ? metadata.title : before.title;
    const QString description = before.description.isEmpty() ? metadata.description : before.description;
    if (title == before.title && description == before.description)
        return success();
    return AssetRepository(db).setTexts(assetId, title, description);
}

AssetRecord recordFor(const WorkItem &item, qint64 folderId)
{
    AssetRecord record = item.existing.value_or(AssetRecord{});
    record.folderId = folderId;
    record.path = item.found.path;
    record.name = fileName(item.found.path);
    record.size = item.found.size;
    record.mtime = item.found.mtime;
    record.contentHash = item.hash;
    record.media = item.media;
    record.status = item.media.ok() ? AssetStatus::Ok : AssetStatus::Failed;
    return record;
}

bool sameOutcome(const AssetRecord &before, const AssetRecord &after)
{
    return before.status == after.status && before.media.error == after.media.error && before.size == after.size
        && before.mtime == after.mtime && before.contentHash == after.contentHash
        && before.media.mime == after.media.mime;
}

} // namespace

Importer::Importer(CatalogPtr catalog, ImportOptions options)
    : m_catalog(std::move(catalog)), m_options(options) {}

ImportReport Importer::run(const QStringList &paths, const ImportProgress &progress, const std::atomic<bool> *cancel)
{
    ImportReport report;
    QSqlDatabase db = m_catalog->connection();
    FolderRepository folders(db);
    AssetRepository assets(db);
    JobQueue jobs(db);
    auto fail = [&report](const QString &path, const QString &reason) {
        ++report.failed;
        report.errors << ImportError{path, reason};
    };

    // 1. Resolve roots and find the files.
    QList<Target> targets;
    for (const QString &argument : paths) {
        const QFileInfo info(argument);
        if (!info.exists()) {
            fail(info.absoluteFilePath(), info.isSymLink() ? QCoreApplication::translate("import", "broken symbolic link")
                                                           : QCoreApplication::translate("import", "no such file or folder"));
            continue;
        }
        const bool isFolder = info.isDir();
        const QString canonical = info.canonicalFilePath();
        const QString path = isFolder ? canonical : QFileInfo(info.absolutePath()).canonicalFilePath() + QLatin1Char('/') + info.fileName();
        Result<RootRecord> root = Error{};
        Status registered = sql::transaction(db, [&]() -> Status {
            root = folders.ensureRoot(isFolder ? path : parentFolder(path));
            return root ? success() : Status(Error{root.error()});
        });
        if (!registered) {
            fail(path, registered.error());
            continue;
        }
        Target target{root.value(), isFolder ? path : QString(), {}};
        if (isFolder)
            target.walk = walkFolder(path, cancel);
        else
            target.walk.files << statFile(path);
        targets << target;
    }

    // Folders the user removed from the catalog stay out, unless this import names them.
    QStringList removedFolders;
    {
        RemovedFolders removed(db);
        if (m_options.userRequested)
            for (const Target &target : std::as_const(targets))
                if (auto lifted = removed.liftFor(target.folder.isEmpty() ? target.walk.files.value(0).path : target.folder); !lifted)
                    fail(target.folder, lifted.error());
        if (auto listed = removed.list(); listed)
            removedFolders = listed.value();
        else
            report.errors << ImportError{QString(), listed.error()};
    }
    if (!removedFolders.isEmpty()) {
        const auto isRemoved = [&](const QString &path) {
            return std::any_of(removedFolders.cbegin(), removedFolders.cend(),
                               [&](const QString &folder) { return RemovedFolders::isAtOrUnder(path, folder); });
        };
        for (Target &target : targets) {
            target.walk.files.removeIf([&](const FoundFile &found) { return isRemoved(found.path); });
            target.walk.folders.removeIf(isRemoved);
        }
    }

    // The catalog may live inside an imported folder: its own files are not assets.
    const QString catalogFile = QFileInfo(m_catalog->path()).canonicalFilePath();
    const QStringList catalogFiles{catalogFile, catalogFile + QStringLiteral("-wal"), catalogFile + QStringLiteral("-shm"),
                                   catalogFile + QStringLiteral("-journal")};
    for (Target &target : targets) {
        target.walk.files.removeIf([&](const FoundFile &found) { return catalogFiles.contains(found.path); });
        // XMP sidecars are metadata of the file they sit beside (read with it), never assets.
        target.walk.files.removeIf([&](const FoundFile &found) {
            if (!isSidecar(found.path))
                return false;
            if (target.folder.isEmpty())
                fail(found.path, QCoreApplication::translate("import", "an XMP sidecar is not imported on its own: it is read with the file it describes"));
            return true;
        });
    }

    // 2. Skip what has not changed; queue the rest.
    QList<WorkItem> work;
    QSet<QString> seen;
    int total = 0;
    for (const Target &target : std::as_const(targets))
        total += int(target.walk.files.size());
    int done = 0;
    for (const Target &target : std::as_const(targets)) {
        for (const FoundFile &found : target.walk.files) {
            seen.insert(found.path);
            auto existing = assets.findByPath(found.path);
            if (!existing) {
                fail(found.path, existing.error());
                continue;
            }
            const std::optional<AssetRecord> &record = existing.value();
            // Failed files are always re-probed: a permission fix does not change mtime.
            if (record && record->status == AssetStatus::Ok && found.error.isEmpty() && record->size == found.size
                && record->mtime == found.mtime) {
                ++report.unchanged;
                if (progress)
                    progress(++done, total, found.path);
                continue;
            }
            work << WorkItem{found, target.root, record, {}, {}, {}};
        }
    }

    // 3. Probe in parallel, write in batched transactions.
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    const MediaProber prober(m_options.probeLimits);
    const int batchSize = std::max(1, m_options.batchSize);
    for (qsizetype start = 0; start < work.size(); start += batchSize) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        QList<WorkItem> batch = work.mid(start, batchSize);
        QtConcurrent::blockingMap(&pool, batch, [&](WorkItem &item) { process(item, prober, cancel); });
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        ImportReport batchReport;
        Status written = sql::transaction(db, [&]() -> Status {
            batchReport = ImportReport{};   // a retried transaction counts again
            for (const WorkItem &item : std::as_const(batch)) {
                auto folderId = folders.ensureFolder(item.root, parentFolder(item.found.path));
                if (!folderId)
                    return Error{folderId.error()};
                AssetRecord record = recordFor(item, folderId.value());
                const bool failed = record.status == AssetStatus::Failed;
                if (failed)
                    batchReport.errors << ImportError{record.path, record.media.error};
                if (item.existing) {
                    if (sameOutcome(*item.existing, record)) {
                        ++batchReport.unchanged;
                        continue;
                    }
                    if (Status updated = assets.update(record); !updated)
                        return updated;
                    // The asset and the work it needs commit together: a kill loses neither.
                    if (Status queued = enqueueProcessing(jobs, record, JobPriority::NewImport); !queued)
                        return queued;
                    if (Status applied = applyMetadata(db, record.id, *item.existing, item.metadata); !applied)
                        return applied;
                    ++(failed ? batchReport.failed : batchReport.updated);
                    continue;
                }
                // A new path with the content of an asset whose file is gone: a move, tags kept.
                if (!record.contentHash.isEmpty()) {
                    auto sameContent = assets.findByHash(record.contentHash);
                    if (!sameContent)
                        return Error{sameContent.error()};
                    auto moved = std::find_if(sameContent.value().cbegin(), sameContent.value().cend(),
                                              [](const AssetRecord &candidate) { return !QFileInfo::exists(candidate.path); });
                    if (moved != sameContent.value().cend()) {
                        record.id = moved->id;
                        record.title = moved->title;
                        record.description = moved->description;
                        if (Status updated = assets.update(record); !updated)
                            return updated;
                        // Moved, same content: tags and text stay valid; the thumbnail is keyed by path.
                        if (Status queued = jobs.enqueue(JobKind::Thumbnail, record.id, JobPriority::NewImport); !queued)
                            return queued;
                        // Work that failed because the file was gone runs again at its new place.
                        if (Status requeued = jobs.requeueFailed(record.id); !requeued)
                            return requeued;
                        ++batchReport.updated;
                        continue;
                    }
                }
                auto inserted = assets.insert(record);
                if (!inserted)
                    return Error{inserted.error()};
                record.id = inserted.value();
                if (Status queued = enqueueProcessing(jobs, record, JobPriority::NewImport); !queued)
                    return queued;
                if (Status applied = applyMetadata(db, record.id, AssetRecord{}, item.metadata); !applied)
                    return applied;
                ++(failed ? batchReport.failed : batchReport.added);
            }
            return success();
        });
        if (!written) {
            for (const WorkItem &item : std::as_const(batch))
                fail(item.found.path, written.error());
        } else {
            report.added += batchReport.added;
            report.updated += batchReport.updated;
            report.unchanged += batchReport.unchanged;
            report.failed += batchReport.failed;
            report.errors << batchReport.errors;
        }
        for (const WorkItem &item : std::as_const(batch)) {
            if (progress)
                progress(++done, total, item.found.path);
        }
    }

    // 4. What vanished from a walked folder is marked missing; its tags stay.
    if (!report.cancelled && !(cancel && cancel->load())) {
        for (const Target &target : std::as_const(targets)) {
            if (target.folder.isEmpty())
                continue;
            auto known = assets.underFolder(target.folder);
            if (!known)
                continue;
            int missing = 0;
            Status marked = sql::transaction(db, [&]() -> Status {
                missing = 0;   // a retried transaction counts again
                for (const AssetRecord &asset : known.value()) {
                    if (asset.status == AssetStatus::Missing || seen.contains(asset.path))
                        continue;
                    if (Status status = assets.setStatus(asset.id, AssetStatus::Missing,
                                                         QCoreApplication::translate("import", "the file is no longer there"));
                        !status)
                        return status;
                    ++missing;
                }
                return success();
            });
            if (marked)
                report.missing += missing;
            else
                report.errors << ImportError{target.folder, marked.error()};
        }
    } else {
        report.cancelled = true;
    }
    return report;
}

} // namespace tagsmith
