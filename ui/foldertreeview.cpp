#include "foldertreeview.h"

#include "droppedurls.h"
#include "foldersmarttagsdialog.h"
#include "foldertreemodel.h"
#include "desktop/folderremover.h"

#include <QAction>
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
    setAccessibleName(tr("Folders"));

    m_remover = new FolderRemover(this);
    connect(m_remover, &FolderRemover::removed, this, &FolderTreeView::folderRemoved);
    connect(m_remover, &FolderRemover::failed, this, &FolderTreeView::removeFailed);
    // Shortcuts only while the tree has the focus: Delete elsewhere (a text field) is not for folders.
    m_rescan = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&scan Folder"), this);
    m_rescan->setObjectName(QStringLiteral("rescanFolderAction"));
    m_rescan->setShortcut(Qt::Key_F5);
    m_rescan->setShortcutContext(Qt::WidgetShortcut);
    connect(m_rescan, &QAction::triggered, this, [this] {
        if (const QString folder = currentFolder(); !folder.isEmpty())
            Q_EMIT rescanRequested(folder);
    });
    m_remove = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move Folder from Catalog…"), this);
    m_remove->setObjectName(QStringLiteral("removeFolderAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    connect(m_remove, &QAction::triggered, this, [this] {
        const QString folder = currentFolder();
        if (!folder.isEmpty() && m_catalog)
            m_remover->confirmAndRemove(m_catalog, folder, currentIndex().data(FolderTreeModel::RecursiveCountRole).toInt());
    });
    addAction(m_rescan);
    addAction(m_remove);
}

QString FolderTreeView::currentFolder() const
{
    return currentIndex().isValid() ? currentIndex().data(FolderTreeModel::PathRole).toString() : QString();
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
    // The menu key opens the menu of the current folder; a right-click that of the folder under the pointer.
    const QModelIndex index = event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid() || !m_catalog)
        return;
    if (index != currentIndex())
        setCurrentIndex(index);   // the actions work on the current folder
    const QString folder = index.data(FolderTreeModel::PathRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Smart Tags…"), this, [this, folder] {
        auto *dialog = new FolderSmartTagsDialog(m_catalog, folder, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    menu.addSeparator();
    menu.addAction(m_rescan);
    menu.addAction(m_remove);
    menu.exec(event->reason() == QContextMenuEvent::Keyboard ? viewport()->mapToGlobal(visualRect(index).center())
                                                             : event->globalPos());
}

} // namespace tagsmith
