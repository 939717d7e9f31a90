#include "foldertreeview.h"

#include "droppedurls.h"
#include "foldersmarttagsdialog.h"
#include "foldertreemodel.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>

namespace tagsmith {

FolderTreeView::FolderTreeView(QWidget *parent) : QTreeView(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
}

void FolderTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedLocalPaths(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void FolderTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex target = indexAt(event->position().toPoint());
    const QStringList paths = droppedLocalPaths(event->mimeData());
    // The empty area only takes folders (they become roots); a folder row takes anything.
    const bool acceptable = target.isValid()
        || std::all_of(paths.cbegin(), paths.cend(), [](const QString &path) { return QFileInfo(path).isDir(); });
    if (paths.isEmpty() || !acceptable) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void FolderTreeView::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedLocalPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    const QModelIndex target = indexAt(event->position().toPoint());
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (target.isValid()) {
        Q_EMIT filesDropped(paths, target.data(FolderTreeModel::PathRole).toString());
        return;
    }
    QStringList folders;
    std::copy_if(paths.cbegin(), paths.cend(), std::back_inserter(folders),
                 [](const QString &path) { return QFileInfo(path).isDir(); });
    if (!folders.isEmpty())
        Q_EMIT rootsDropped(folders);
}

void FolderTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || !m_catalog)
        return;
    const QString folder = index.data(FolderTreeModel::PathRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Smart Tags…"), this, [this, folder] {
        auto *dialog = new FolderSmartTagsDialog(m_catalog, folder, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    menu.exec(event->globalPos());
}

} // namespace tagsmith
