#pragma once

#include "catalog/catalog.h"

#include <QTreeView>

namespace tagsmith {

// The folder tree; files dropped from outside land in the folder under the cursor,
// a folder dropped on the empty area becomes a new root.
class FolderTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit FolderTreeView(QWidget *parent = nullptr);

    // Enables the folder context menu (the catalog its dialogs open).
    void setCatalog(CatalogPtr catalog) { m_catalog = std::move(catalog); }

Q_SIGNALS:
    void filesDropped(const QStringList &paths, const QString &targetFolder);
    void rootsDropped(const QStringList &folders);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    CatalogPtr m_catalog;
};

} // namespace tagsmith
