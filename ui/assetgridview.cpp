#include "assetgridview.h"

#include "droppedurls.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QScrollBar>

namespace tagsmith {

AssetGridView::AssetGridView(QWidget *parent) : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    // Uniform sizes keep layout O(1) per row, and batches keep a 100 000-item layout from
    // blocking the GUI thread in one go.
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(2000);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionRectVisible(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setAcceptDrops(true);
    setMouseTracking(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalScrollBar()->setSingleStep(24);

    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_settle, &QTimer::timeout, this, [this] {
        const auto [first, last] = visibleRows();
        Q_EMIT scrollSettled(first, last);
    });
}

std::pair<int, int> AssetGridView::visibleRows() const
{
    if (!model() || model()->rowCount() == 0)
        return {-1, -1};
    const QRect area = viewport()->rect();
    QModelIndex first = indexAt(area.topLeft() + QPoint(spacing() + 2, spacing() + 2));
    QModelIndex last = indexAt(area.bottomRight() - QPoint(spacing() + 2, spacing() + 2));
    // Gaps at the edges miss every item; fall back to the ends of the list.
    const int firstRow = first.isValid() ? first.row() : 0;
    const int lastRow = last.isValid() ? last.row() : model()->rowCount() - 1;
    return {firstRow, std::max(firstRow, lastRow)};
}

bool AssetGridView::isExternalFileDrag(const QDropEvent *event) const
{
    // Our own thumbnails dragged back onto the grid are not an upload.
    return event->source() != this && !droppedLocalPaths(event->mimeData()).isEmpty();
}

void AssetGridView::dragEnterEvent(QDragEnterEvent *event)
{
    dragMoveEvent(event);   // QDragEnterEvent is a QDragMoveEvent: one rule for both
}

void AssetGridView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!isExternalFileDrag(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void AssetGridView::dropEvent(QDropEvent *event)
{
    if (!isExternalFileDrag(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT filesDropped(droppedLocalPaths(event->mimeData()));
}

} // namespace tagsmith
