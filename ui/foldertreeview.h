#pragma once

#include "catalog/catalog.h"

#include <QTreeView>

class QAction;

namespace tagsmith {

class FolderRemover;
struct FolderRemovalReport;

// The folder tree; files dropped from outside land in the folder under the cursor,
// a folder dropped on the empty area becomes a new root.
class FolderTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit FolderTreeView(QWidget *parent = nullptr);

    // Enables the folder context menu (the catalog its dialogs open).
    void setCatalog(CatalogPtr catalog) { m_catalog = std::move(catalog); }

    // Rescan Folder (F5) and Remove from Catalog… (Delete) on the current folder.
    QAction *rescanAction() const { return m_rescan; }
    QAction *removeAction() const { return m_remove; }
    FolderRemover *remover() const { return m_remover; }

Q_SIGNALS:
    void filesDropped(const QStringList &paths, const QString &targetFolder);
    void rootsDropped(const QStringList &folders);
    // Import the folder again (new, changed and vanished files), as `tagsmith-cli import PATH`.
    void rescanRequested(const QString &folder);
    void folderRemoved(const tagsmith::FolderRemovalReport &report);
    void removeFailed(const QString &reason);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString currentFolder() const;

    CatalogPtr m_catalog;
    QAction *m_rescan = nullptr;
    QAction *m_remove = nullptr;
    FolderRemover *m_remover = nullptr;
};

} // namespace tagsmith
