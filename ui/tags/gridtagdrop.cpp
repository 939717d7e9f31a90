#include "gridtagdrop.h"

#include "taxonomymodel.h"
#include "ui/assetgridmodel.h"

#include <QAbstractItemView>
#include <QDropEvent>
#include <QMimeData>

namespace tagsmith {

GridTagDrop::GridTagDrop(QAbstractItemView *grid) : QObject(grid), m_grid(grid)
{
    grid->viewport()->installEventFilter(this);
}

bool GridTagDrop::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    if (!drop->mimeData()->hasFormat(QString::fromLatin1(TaxonomyModel::MimeType)))
        return QObject::eventFilter(watched, event);
    const QModelIndex target = m_grid->indexAt(drop->position().toPoint());
    if (!target.isValid()) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type != QEvent::Drop)
        return true;
    QList<qint64> ids;
    if (m_grid->selectionModel()->isSelected(target)) {
        for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
            ids << index.data(AssetGridModel::AssetIdRole).toLongLong();
    } else {
        ids << target.data(AssetGridModel::AssetIdRole).toLongLong();
    }
    Q_EMIT tagDropped(QString::fromUtf8(drop->mimeData()->data(QString::fromLatin1(TaxonomyModel::MimeType))), ids);
    return true;
}

} // namespace tagsmith
