#pragma once

#include "catalog/browsequeries.h"

#include <QAbstractListModel>
#include <QHash>

namespace tagsmith {

// The assets shown in the grid: ids and text only. Pixels live in the view-side
// ThumbnailCache, so the model stays small for 100 000 rows.
class AssetGridModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { AssetIdRole = Qt::UserRole + 1, PathRole, KindRole, StatusRole, BadgeRole, ErrorRole };

    explicit AssetGridModel(QObject *parent = nullptr);

    void setAssets(const QList<AssetSummary> &assets);
    const AssetSummary &asset(int row) const { return m_assets[row]; }
    int rowOf(qint64 assetId) const { return m_rowById.value(assetId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // "1:23" for a video, "12 p." for a paged document, empty otherwise.
    static QString badgeText(const AssetSummary &asset);

private:
    QList<AssetSummary> m_assets;
    QHash<qint64, int> m_rowById;
};

} // namespace tagsmith
