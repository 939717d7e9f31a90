#pragma once

#include <QListView>
#include <QTimer>

namespace tagsmith {

// The thumbnail grid. Files dropped from outside are offered to the window; when
// scrolling settles it reports which rows are visible so far-away pixmaps can go.
class AssetGridView : public QListView {
    Q_OBJECT
public:
    explicit AssetGridView(QWidget *parent = nullptr);

    // First and last visible rows, or (-1, -1) when nothing is shown.
    std::pair<int, int> visibleRows() const;

Q_SIGNALS:
    void filesDropped(const QStringList &paths);
    void scrollSettled(int firstRow, int lastRow);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool isExternalFileDrag(const QDropEvent *event) const;

    QTimer m_settle;
};

} // namespace tagsmith
