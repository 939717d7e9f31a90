#pragma once

#include "catalog/catalog.h"
#include "importing/dropcopier.h"
#include "importing/importreport.h"

#include <QObject>

#include <atomic>

namespace tagsmith {

// What one drop or "Import folder" did.
struct UploadSummary {
    DropCopyResult copy;     // empty when indexing in place
    ImportReport import;
    bool cancelled = false;
};

// Lives on the upload thread: copies dropped files into a catalog folder, then imports
// them. With no target folder the sources are indexed where they are (new roots).
class UploadJob : public QObject {
    Q_OBJECT
public:
    explicit UploadJob(CatalogPtr catalog);

    void run(const QStringList &sources, const QString &targetFolder);
    // Safe from any thread; the running step stops at its next check.
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void copyProgress(int done, int total, const QString &source, int failed);
    void importProgress(int done, int total, const QString &name, int failed);
    void finished(const tagsmith::UploadSummary &summary);

private:
    ImportReport importInChunks(const QStringList &paths, int chunkSize);
    void removeUnimported(const QStringList &copied) const;

    CatalogPtr m_catalog;
    std::atomic<bool> m_cancel{false};
};

} // namespace tagsmith
