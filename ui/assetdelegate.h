#pragma once

#include <QStyledItemDelegate>

namespace tagsmith {

class ThumbnailCache;

// Paints one grid cell: the thumbnail (asked of the cache, placeholder meanwhile),
// a kind badge, the broken-file picture for failed assets, and the name.
class AssetDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    AssetDelegate(ThumbnailCache *cache, QObject *parent = nullptr);

    void setThumbnailSize(int pixels) { m_size = pixels; }
    int thumbnailSize() const { return m_size; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QRect thumbnailRect(const QRect &cell) const;

    ThumbnailCache *m_cache;
    int m_size = 160;
};

} // namespace tagsmith
