#pragma once

#include "training/foldertraining.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tagsmith {

// Warnings (not blocks) about a draft's examples, from content hashes and the embeddings
// already cached in the catalog: exact duplicates, near duplicates (cosine above 0.97), and
// outliers whose cosine to their tag's centroid is far below their siblings'. Runs SQL: call
// it on a catalog thread. Images without a cached embedding are simply not compared.
class ExampleWarnings {
public:
    static constexpr double nearDuplicateCosine = 0.97;

    static QStringList check(QSqlDatabase db, const QList<TagExamples> &tags);
};

} // namespace tagsmith
