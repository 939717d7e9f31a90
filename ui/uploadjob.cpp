#include "uploadjob.h"

#include "catalog/assetrepository.h"
#include "importing/importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace tagsmith {
namespace {

constexpr int kFilesPerChunk = 16;

// Progress signals at most every 50 ms, and always for the last step: a 10 000-file
// import must not flood the GUI thread with events.
class Throttle {
public:
    Throttle() { m_clock.start(); }
    bool due(int done, int total)
    {
        if (done < total && m_clock.elapsed() < 50)
            return false;
        m_clock.restart();
        return true;
    }

private:
    QElapsedTimer m_clock;
};

} // namespace

UploadJob::UploadJob(CatalogPtr catalog) : m_catalog(std::move(catalog)) {}

void UploadJob::run(const QStringList &sources, const QString &targetFolder)
{
    m_cancel = false;
    UploadSummary summary;
    QStringList toImport = sources;
    if (!targetFolder.isEmpty()) {
        Throttle throttle;
        summary.copy = DropCopier().copyInto(sources, targetFolder, [&](int done, int total, const QString &source, int failed) {
            if (throttle.due(done, total))
                Q_EMIT copyProgress(done, total, QFileInfo(source).fileName(), failed);
        }, &m_cancel);
        toImport = summary.copy.copied;
        if (summary.copy.cancelled) {
            summary.cancelled = true;
            Q_EMIT finished(summary);
            return;
        }
    }
    if (!toImport.isEmpty()) {
        summary.import = importInChunks(toImport, targetFolder.isEmpty() ? int(toImport.size()) : kFilesPerChunk);
        summary.cancelled = summary.import.cancelled;
        if (summary.cancelled && !targetFolder.isEmpty())
            removeUnimported(summary.copy.copied);
    }
    Q_EMIT finished(summary);
}

ImportReport UploadJob::importInChunks(const QStringList &paths, int chunkSize)
{
    // Dropped files go in small chunks so the dialog can count successes and failures as
    // they happen; the importer only tells which files failed when a run ends.
    ImportReport total;
    Throttle throttle;
    Importer importer(m_catalog);
    for (qsizetype start = 0; start < paths.size() && !total.cancelled; start += chunkSize) {
        const ImportReport chunk = importer.run(paths.mid(start, chunkSize), [&](int done, int count, const QString &path) {
            const int doneOverall = int(start) + done;
            const int totalOverall = chunkSize == paths.size() ? count : int(paths.size());
            if (throttle.due(doneOverall, totalOverall))
                Q_EMIT importProgress(doneOverall, totalOverall, QFileInfo(path).fileName(), total.failed);
        }, &m_cancel);
        total.added += chunk.added;
        total.updated += chunk.updated;
        total.unchanged += chunk.unchanged;
        total.failed += chunk.failed;
        total.missing += chunk.missing;
        total.cancelled = chunk.cancelled;
        total.errors << chunk.errors;
        if (chunkSize != paths.size())
            Q_EMIT importProgress(int(std::min(paths.size(), start + chunkSize)), int(paths.size()), {}, total.failed);
    }
    return total;
}

void UploadJob::removeUnimported(const QStringList &copied) const
{
    // A cancelled drop leaves no copy the catalog does not know about.
    AssetRepository assets(m_catalog->connection());
    for (const QString &path : copied) {
        auto known = assets.findByPath(QFileInfo(path).absoluteFilePath());
        if (known && !known.value())
            QFile::remove(path);
    }
}

} // namespace tagsmith
