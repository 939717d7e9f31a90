#pragma once

#include "services/taxonomycounts.h"

#include <QStandardItemModel>

namespace tagsmith {

// The taxonomy as a tree (one row per level) with each tag's asset count. Rows drag out as
// the tag path, so a tag can be dropped onto the grid.
class TaxonomyModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, CountRole };
    static constexpr const char *MimeType = "application/x-tagsmith-tag";

    explicit TaxonomyModel(QObject *parent = nullptr);

    void setCounts(const QList<TagCount> &counts);
    QModelIndex indexOfPath(const QString &path) const;
    int countOf(const QString &path) const;
    QStringList paths() const;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    QHash<QString, QStandardItem *> m_items;   // by path, the Tag column's item
    QHash<QString, int> m_counts;
};

} // namespace tagsmith
