#pragma once

#include <QList>
#include <QObject>

class QAbstractItemView;

namespace tagsmith {

// A tag dragged from the tag panel onto the grid: dropped on a selected asset it goes to the
// whole selection, elsewhere to the asset under the cursor. Other drags (files) pass through.
class GridTagDrop : public QObject {
    Q_OBJECT
public:
    explicit GridTagDrop(QAbstractItemView *grid);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void tagDropped(const QString &tag, const QList<qint64> &assetIds);

private:
    QAbstractItemView *m_grid;
};

} // namespace tagsmith
