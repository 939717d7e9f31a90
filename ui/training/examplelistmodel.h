#pragma once

#include "catalog/assetrecord.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>

namespace tagsmith {

class ThumbnailCache;

// Images as a thumbnail list: the catalog images to pick from, or one tag's examples.
// Thumbnails come from the shared view-side cache; rows drag out as text/uri-list.
class ExampleListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int IconSize = 96;

    explicit ExampleListModel(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void setImages(const QList<AssetRecord> &images);
    const QList<AssetRecord> &images() const { return m_images; }
    AssetRecord image(int row) const { return m_images.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void thumbnailReady(qint64 assetId);

    ThumbnailCache *m_thumbnails;
    QList<AssetRecord> m_images;
    QHash<qint64, int> m_rowById;
    mutable QHash<qint64, QPixmap> m_icons;   // scaled once, not on every paint
};

} // namespace tagsmith
