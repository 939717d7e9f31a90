#pragma once

#include "catalog/catalog.h"
#include "metadata/sidecarqueue.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace tagsmith {

// The tags of an asset that belong in its sidecar: manual tags and promoted smart tags, and
// with `includeSmart` also active smart tags at or above their model's threshold. Deleted
// smart tags never travel.
class SidecarTags {
    Q_DECLARE_TR_FUNCTIONS(SidecarTags)
public:
    static Result<QStringList> forAsset(const QSqlDatabase &db, const QString &assetPath, bool includeSmart);

    // A SidecarQueue source that asks the catalog on the queue's thread (its own connection).
    static SidecarQueue::TagSource fromCatalog(CatalogPtr catalog, bool includeSmart);
};

} // namespace tagsmith
