#pragma once

#include "catalog/catalog.h"
#include "services/folderremoval.h"

#include <QObject>
#include <QThreadPool>

class QWidget;

namespace tagsmith {

// The folder tree's Remove from Catalog: asks first, naming the number of assets, then runs
// FolderRemoval on its own thread (never the GUI thread). Files on disk are not touched.
class FolderRemover : public QObject {
    Q_OBJECT
public:
    explicit FolderRemover(QWidget *parent);
    ~FolderRemover() override;

    // `assets`: the count the tree shows for the folder, for the question.
    void confirmAndRemove(const CatalogPtr &catalog, const QString &folder, int assets);
    // Without asking (after the question, and for tests).
    void remove(const CatalogPtr &catalog, const QString &folder);

Q_SIGNALS:
    void removed(const tagsmith::FolderRemovalReport &report);
    void failed(const QString &reason);

private:
    QWidget *m_parent;
    QThreadPool m_tasks;
};

} // namespace tagsmith
