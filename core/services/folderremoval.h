#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace tagsmith {

// What removing a folder takes out of the catalog.
struct FolderRemovalReport {
    QString folder;
    int assets = 0;          // assets in the folder and every folder below it
    int folders = 0;         // the folder and its subfolders
    int embeddings = 0;      // cached embeddings no other asset shares
    bool wasRoot = false;    // the folder was added by the user: the watcher stops looking at it
};

// Catalog > Remove from Catalog and `tagsmith-cli folder remove`: forgets a folder, its subfolders
// and their assets with everything hanging off them (tags, jobs, history, text, ranges, training
// examples, embeddings no other asset uses) in one transaction. Files on disk are never touched.
// A folder below a root that stays is remembered as removed (RemovedFolders): rescans of the root
// skip it until the user imports it again.
class FolderRemoval {
    Q_DECLARE_TR_FUNCTIONS(FolderRemoval)
public:
    explicit FolderRemoval(CatalogPtr catalog) : m_catalog(std::move(catalog)) {}

    Result<FolderRemovalReport> remove(const QString &folderPath);

private:
    CatalogPtr m_catalog;
};

} // namespace tagsmith
