#include "assetgridmodel.h"

#include <QMimeData>
#include <QUrl>

#include <cmath>

namespace tagsmith {

AssetGridModel::AssetGridModel(QObject *parent) : QAbstractListModel(parent) {}

void AssetGridModel::setAssets(const QList<AssetSummary> &assets)
{
    beginResetModel();
    m_assets = assets;
    m_rowById.clear();
    m_rowById.reserve(m_assets.size());
    for (int row = 0; row < m_assets.size(); ++row)
        m_rowById.insert(m_assets[row].id, row);
    endResetModel();
}

int AssetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

QString AssetGridModel::badgeText(const AssetSummary &asset)
{
    if (asset.kind == AssetKind::Video && asset.durationSec > 0) {
        const int seconds = int(std::lround(asset.durationSec));
        return seconds >= 3600 ? QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                                     .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                               : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    if (asset.kind == AssetKind::Document && asset.pages > 0)
        return tr("%n p.", "page count badge", asset.pages);
    return {};
}

QVariant AssetGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetSummary &asset = m_assets[index.row()];
    switch (role) {
    case Qt::DisplayRole: return asset.name;
    case Qt::ToolTipRole:
        return asset.status == AssetStatus::Ok ? asset.path : tr("%1\n%2").arg(asset.path, asset.error);
    case AssetIdRole: return asset.id;
    case PathRole: return asset.path;
    case KindRole: return int(asset.kind);
    case StatusRole: return int(asset.status);
    case BadgeRole: return badgeText(asset);
    case ErrorRole: return asset.error;
    default: return {};
    }
}

Qt::ItemFlags AssetGridModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren : base;
}

QStringList AssetGridModel::mimeTypes() const { return {QStringLiteral("text/uri-list")}; }

QMimeData *AssetGridModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            urls << QUrl::fromLocalFile(m_assets[index.row()].path);
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

Qt::DropActions AssetGridModel::supportedDragActions() const { return Qt::CopyAction; }

} // namespace tagsmith
