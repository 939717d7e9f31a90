#include "assetdelegate.h"

#include "assetgridmodel.h"
#include "placeholderpainter.h"
#include "thumbnailcache.h"

#include <QApplication>
#include <QPainter>

namespace tagsmith {
namespace {
constexpr int kPadding = 6;
}

AssetDelegate::AssetDelegate(ThumbnailCache *cache, QObject *parent) : QStyledItemDelegate(parent), m_cache(cache) {}

QRect AssetDelegate::thumbnailRect(const QRect &cell) const
{
    return QRect(cell.left() + (cell.width() - m_size) / 2, cell.top() + kPadding, m_size, m_size);
}

QSize AssetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(m_size + 2 * kPadding, m_size + 3 * kPadding + option.fontMetrics.height());
}

void AssetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), palette.color(QPalette::Highlight).lighter(150));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), palette.color(QPalette::AlternateBase));

    const QRect thumbRect = thumbnailRect(option.rect);
    const auto kind = AssetKind(index.data(AssetGridModel::KindRole).toInt());
    const auto status = AssetStatus(index.data(AssetGridModel::StatusRole).toInt());
    if (status == AssetStatus::Failed) {
        paintBrokenFile(painter, thumbRect);
    } else {
        const ThumbnailRequest request{index.data(AssetGridModel::AssetIdRole).toLongLong(),
                                       index.data(AssetGridModel::PathRole).toString(), kind};
        if (const QPixmap *pixmap = m_cache->thumbnail(request)) {
            const QSize fitted = pixmap->size().scaled(thumbRect.size(), Qt::KeepAspectRatio);
            const QRect target(thumbRect.left() + (thumbRect.width() - fitted.width()) / 2,
                               thumbRect.top() + (thumbRect.height() - fitted.height()) / 2, fitted.width(), fitted.height());
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            // Pages and transparent images read best on paper, not on the view's background.
            if (pixmap->hasAlphaChannel())
                painter->fillRect(target, Qt::white);
            painter->drawPixmap(target, *pixmap);
            if (kind == AssetKind::Document) {
                painter->setPen(QColor(0, 0, 0, 60));
                painter->drawRect(target.adjusted(0, 0, -1, -1));
            }
        } else {
            paintKindPlaceholder(painter, thumbRect, kind);
        }
        if (status == AssetStatus::Missing)
            painter->fillRect(thumbRect, QColor(255, 255, 255, 150));
    }
    paintBadge(painter, thumbRect, index.data(AssetGridModel::BadgeRole).toString());

    const QRect textRect(option.rect.left() + kPadding, thumbRect.bottom() + kPadding,
                         option.rect.width() - 2 * kPadding, option.fontMetrics.height());
    painter->setPen(status == AssetStatus::Failed ? QColor(0xc6, 0x28, 0x28) : palette.color(QPalette::Text));
    const QString name = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, textRect.width());
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter, name);
    painter->restore();
}

} // namespace tagsmith
