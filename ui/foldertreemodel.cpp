#include "foldertreemodel.h"

#include <QFileInfo>
#include <QHash>
#include <QIcon>

namespace tagsmith {

FolderTreeModel::FolderTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void FolderTreeModel::setFolders(const QList<FolderNode> &folders)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_nodes.reserve(folders.size());
    QHash<qint64, int> indexById;
    for (const FolderNode &folder : folders) {
        indexById.insert(folder.id, int(m_nodes.size()));
        m_nodes << Node{folder, -1, 0, {}};
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const auto parent = indexById.constFind(m_nodes[i].folder.parentId);
        QList<int> &siblings = parent == indexById.constEnd() ? m_roots : m_nodes[parent.value()].children;
        m_nodes[i].parent = parent == indexById.constEnd() ? -1 : parent.value();
        m_nodes[i].row = int(siblings.size());
        siblings << i;
    }
    endResetModel();
}

QModelIndex FolderTreeModel::indexOfPath(const QString &path) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].folder.path == path)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

const FolderTreeModel::Node *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? &m_nodes[int(index.internalId())] : nullptr;
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? nodeOf(parent)->children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, quintptr(siblings[row]));
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[node->parent].row, 0, quintptr(node->parent));
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? nodeOf(parent)->children.size() : m_roots.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const { return 1; }

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const FolderNode &folder = node->folder;
    switch (role) {
    case Qt::DisplayRole:
        // A root's name is its whole path; the tree shows the last part, the tooltip the rest.
        return tr("%1 (%2)").arg(node->parent < 0 ? QFileInfo(folder.path).fileName() : folder.name).arg(folder.recursiveCount);
    case Qt::ToolTipRole:
        return tr("%1\n%n asset(s) here", nullptr, folder.directCount).arg(folder.path)
            + QLatin1Char('\n') + tr("%n including subfolders", nullptr, folder.recursiveCount);
    case Qt::DecorationRole:
        return QIcon::fromTheme(node->parent < 0 ? QStringLiteral("folder-root") : QStringLiteral("folder"));
    case PathRole: return folder.path;
    case FolderIdRole: return folder.id;
    case DirectCountRole: return folder.directCount;
    case RecursiveCountRole: return folder.recursiveCount;
    default: return {};
    }
}

} // namespace tagsmith
