#include "examplelistmodel.h"

#include "ui/thumbnailcache.h"

#include <QIcon>
#include <QSize>
#include <QMimeData>
#include <QUrl>

namespace tagsmith {

ExampleListModel::ExampleListModel(ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent), m_thumbnails(thumbnails)
{
    connect(m_thumbnails, &ThumbnailCache::ready, this, &ExampleListModel::thumbnailReady);
}

void ExampleListModel::setImages(const QList<AssetRecord> &images)
{
    beginResetModel();
    m_images = images;
    m_rowById.clear();
    for (int row = 0; row < m_images.size(); ++row)
        m_rowById.insert(m_images[row].id, row);
    // Only the shown images keep their scaled icons: browsing a large catalog must not pile them up.
    m_icons.removeIf([this](const QHash<qint64, QPixmap>::iterator it) { return !m_rowById.contains(it.key()); });
    endResetModel();
}

int ExampleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

QVariant ExampleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetRecord &image = m_images[index.row()];
    switch (role) {
    case Qt::DisplayRole: return image.name;
    case Qt::ToolTipRole: return image.path;
    // Fixed cells: a size measured before the thumbnail arrived would clip it.
    case Qt::SizeHintRole: return QSize(IconSize + 24, IconSize + 26);
    case Qt::DecorationRole: {
        if (auto icon = m_icons.constFind(image.id); icon != m_icons.constEnd())
            return QIcon(*icon);
        if (const QPixmap *pixmap = m_thumbnails->thumbnail(ThumbnailRequest{image.id, image.path, image.media.kind})) {
            const QPixmap scaled = pixmap->scaled(IconSize, IconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            m_icons.insert(image.id, scaled);
            return QIcon(scaled);
        }
        return {};
    }
    default: return {};
    }
}

Qt::ItemFlags ExampleListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren : base;
}

QStringList ExampleListModel::mimeTypes() const { return {QStringLiteral("text/uri-list")}; }

QMimeData *ExampleListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    for (const QModelIndex &index : indexes)
        if (index.isValid())
            urls << QUrl::fromLocalFile(m_images[index.row()].path);
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

Qt::DropActions ExampleListModel::supportedDragActions() const { return Qt::CopyAction; }

void ExampleListModel::thumbnailReady(qint64 assetId)
{
    if (auto row = m_rowById.constFind(assetId); row != m_rowById.constEnd())
        Q_EMIT dataChanged(index(*row), index(*row), {Qt::DecorationRole});
}

} // namespace tagsmith
