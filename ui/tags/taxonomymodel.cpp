#include "taxonomymodel.h"

#include <QMimeData>

namespace tagsmith {

TaxonomyModel::TaxonomyModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Tag"), tr("Assets")});
}

void TaxonomyModel::setCounts(const QList<TagCount> &counts)
{
    removeRows(0, rowCount());
    m_items.clear();
    m_counts.clear();
    // Sorted paths list parents before their children, so each row's parent is already there.
    for (const TagCount &count : counts) {
        const qsizetype slash = count.path.lastIndexOf(QLatin1Char('/'));
        QStandardItem *parent = slash < 0 ? nullptr : m_items.value(count.path.left(slash));
        auto *tag = new QStandardItem(parent ? count.path.mid(slash + 1) : count.path);
        tag->setData(count.path, PathRole);
        tag->setData(count.assets, CountRole);
        tag->setToolTip(tr("%1: %n asset(s)", nullptr, count.assets).arg(count.path));
        tag->setEditable(false);
        tag->setDragEnabled(true);
        auto *assets = new QStandardItem(QString::number(count.assets));
        assets->setData(count.path, PathRole);
        assets->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        assets->setEditable(false);
        assets->setDragEnabled(true);
        (parent ? parent : invisibleRootItem())->appendRow({tag, assets});
        m_items.insert(count.path, tag);
        m_counts.insert(count.path, count.assets);
    }
}

QModelIndex TaxonomyModel::indexOfPath(const QString &path) const
{
    QStandardItem *item = m_items.value(path);
    return item ? item->index() : QModelIndex();
}

int TaxonomyModel::countOf(const QString &path) const
{
    return m_counts.value(path);
}

QStringList TaxonomyModel::paths() const
{
    QStringList all = m_items.keys();
    all.sort();
    return all;
}

QStringList TaxonomyModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType), QStringLiteral("text/plain")};
}

QMimeData *TaxonomyModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const QString path = indexes.first().data(PathRole).toString();
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), path.toUtf8());
    mime->setText(path);
    return mime;
}

} // namespace tagsmith
