#pragma once

#include "ui/assetdelegate.h"

#include <QHash>

namespace tagsmith {

struct SearchResult;

// The grid's delegate while results are shown: paints each result's badge (its search tier or
// its similarity) in the thumbnail's top-left corner and says why it matched in the tooltip.
// With no results set it paints exactly like AssetDelegate.
class ResultBadgeDelegate : public AssetDelegate {
    Q_OBJECT
public:
    using AssetDelegate::AssetDelegate;

    void setResults(const QList<SearchResult> &results);
    void clearResults() { m_notes.clear(); }
    QString badgeOf(qint64 assetId) const { return m_notes.value(assetId).badge; }
    QString reasonOf(qint64 assetId) const { return m_notes.value(assetId).reason; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    struct Note {
        QString badge;
        QString reason;
        int group = 0;   // tiers and similarity each get a colour, in order of arrival
    };
    QHash<qint64, Note> m_notes;
};

} // namespace tagsmith
