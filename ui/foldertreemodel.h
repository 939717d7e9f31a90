#pragma once

#include "catalog/browsequeries.h"

#include <QAbstractItemModel>
#include <QList>

namespace tagsmith {

// The roots and their folders, each with its asset counts. Holds values only; the
// catalog thread supplies them.
class FolderTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, FolderIdRole, DirectCountRole, RecursiveCountRole };

    explicit FolderTreeModel(QObject *parent = nullptr);

    void setFolders(const QList<FolderNode> &folders);
    QModelIndex indexOfPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        FolderNode folder;
        int parent = -1;       // index into m_nodes, -1 for a root
        int row = 0;           // position under its parent
        QList<int> children;
    };

    const Node *nodeOf(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace tagsmith
