#include "placeholderpainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace tagsmith {
namespace {

QString kindLabel(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Image: return QCoreApplication::translate("ui", "Image");
    case AssetKind::Video: return QCoreApplication::translate("ui", "Video");
    case AssetKind::Document: return QCoreApplication::translate("ui", "Document");
    case AssetKind::Other: break;
    }
    return QCoreApplication::translate("ui", "File");
}

QColor kindColor(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Image: return QColor(0x4a, 0x7d, 0xb8);
    case AssetKind::Video: return QColor(0x8a, 0x5a, 0xb0);
    case AssetKind::Document: return QColor(0x5a, 0x8f, 0x5a);
    case AssetKind::Other: break;
    }
    return QColor(0x80, 0x80, 0x80);
}

// A page outline with a folded corner, centred in `rect`.
QPainterPath pagePath(const QRectF &page)
{
    const qreal fold = page.width() * 0.25;
    QPainterPath path;
    path.moveTo(page.topLeft());
    path.lineTo(page.right() - fold, page.top());
    path.lineTo(page.right(), page.top() + fold);
    path.lineTo(page.bottomRight());
    path.lineTo(page.bottomLeft());
    path.closeSubpath();
    return path;
}

QRectF pageRect(const QRect &rect)
{
    const qreal height = rect.height() * 0.7;
    const qreal width = height * 0.75;
    return QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height);
}

} // namespace

void paintKindPlaceholder(QPainter *painter, const QRect &rect, AssetKind kind)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = kindColor(kind);
    const QRectF page = pageRect(rect);
    painter->setPen(QPen(color, 2));
    painter->setBrush(color.lighter(180));
    painter->drawPath(pagePath(page));
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(page.width() / 5)));
    // Long labels ("Document") shrink until they fit inside the page.
    const QString label = kindLabel(kind);
    while (font.pixelSize() > 8 && QFontMetrics(font).horizontalAdvance(label) > page.width() * 0.85)
        font.setPixelSize(font.pixelSize() - 1);
    painter->setFont(font);
    painter->setPen(color.darker(130));
    painter->drawText(page, Qt::AlignCenter, label);
    painter->restore();
}

void paintBrokenFile(QPainter *painter, const QRect &rect)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF page = pageRect(rect);
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 2, Qt::DashLine));
    painter->setBrush(QColor(0xf2, 0xee, 0xee));
    painter->drawPath(pagePath(page));
    const QColor red(0xc6, 0x28, 0x28);
    painter->setPen(QPen(red, std::max(3.0, page.width() / 12), Qt::SolidLine, Qt::RoundCap));
    const qreal inset = page.width() * 0.25;
    const QRectF cross = page.adjusted(inset, inset * 1.4, -inset, -inset * 1.4);
    painter->drawLine(cross.topLeft(), cross.bottomRight());
    painter->drawLine(cross.topRight(), cross.bottomLeft());
    painter->restore();
}

void paintBadge(QPainter *painter, const QRect &thumbnailRect, const QString &text)
{
    if (text.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPixelSize(std::max(9, thumbnailRect.height() / 12));
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    const QRect badge(thumbnailRect.right() - size.width() - 3, thumbnailRect.bottom() - size.height() - 3,
                      size.width(), size.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 170));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace tagsmith
