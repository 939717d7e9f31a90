#pragma once

#include <QTreeView>

namespace tagsmith {

// The folder tree; files dropped from outside land in the folder under the cursor,
// a folder dropped on the empty area becomes a new root.
class FolderTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit FolderTreeView(QWidget *parent = nullptr);

Q_SIGNALS:
    void filesDropped(const QStringList &paths, const QString &targetFolder);
    void rootsDropped(const QStringList &folders);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace tagsmith
