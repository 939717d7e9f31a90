#include "uploadjob.h"

#include "catalog/assetrepository.h"
#include "importing/importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace tagsmith {
namespace {

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
        Throttle throttle;
        summary.import = Importer(m_catalog).run(toImport, [&](int done, int total, const QString &path) {
            if (throttle.due(done, total))
                Q_EMIT importProgress(done, total, QFileInfo(path).fileName());
        }, &m_cancel);
        summary.cancelled = summary.import.cancelled;
        if (summary.cancelled && !targetFolder.isEmpty())
            removeUnimported(summary.copy.copied);
    }
    Q_EMIT finished(summary);
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
