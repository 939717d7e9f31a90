#include "resultbadgedelegate.h"

#include "ui/assetgridmodel.h"
#include "searchresult.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace tagsmith {
namespace {

constexpr int kMargin = 10;
// Strong first tier, paler later ones: the order of the groups reads at a glance.
const QColor kGroupColours[] = {QColor(0x1b, 0x5e, 0x20), QColor(0x15, 0x65, 0xc0), QColor(0x6a, 0x1b, 0x9a),
                                QColor(0x5d, 0x40, 0x37)};

} // namespace

void ResultBadgeDelegate::setResults(const QList<SearchResult> &results)
{
    m_notes.clear();
    QStringList badges;
    for (const SearchResult &result : results) {
        // Similarity badges are all different numbers: those share one colour after the original.
        const bool numeric = result.badge.endsWith(QLatin1Char('%'));
        const QString key = numeric ? QStringLiteral("%") : result.badge;
        if (!badges.contains(key))
            badges << key;
        m_notes.insert(result.asset.id, Note{result.badge, result.reason, int(badges.indexOf(key))});
    }
}

void ResultBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    AssetDelegate::paint(painter, option, index);
    const auto note = m_notes.constFind(index.data(AssetGridModel::AssetIdRole).toLongLong());
    if (note == m_notes.cend() || note->badge.isEmpty())
        return;
    painter->save();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRect text = metrics.boundingRect(note->badge);
    const QRectF pill(option.rect.left() + kMargin, option.rect.top() + kMargin, text.width() + 12, metrics.height() + 4);
    QPainterPath path;
    path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setRenderHint(QPainter::Antialiasing);
    const int colours = int(std::size(kGroupColours));
    painter->fillPath(path, kGroupColours[std::min(note->group, colours - 1)]);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, note->badge);
    painter->restore();
}

bool ResultBadgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    const auto note = m_notes.constFind(index.data(AssetGridModel::AssetIdRole).toLongLong());
    if (event->type() != QEvent::ToolTip || note == m_notes.cend())
        return AssetDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), tr("%1\n%2").arg(index.data(Qt::ToolTipRole).toString(), note->reason), view);
    return true;
}

} // namespace tagsmith
