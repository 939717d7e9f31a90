#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tagsmith {

// A stretch of a video where a smart tag applies (table smart_tag_ranges, migration 5).
struct TagRange {
    QString tag;        // tag path
    QString model;      // the model that proposed it ("generic" for ImageNet labels)
    double startSeconds = 0;
    double endSeconds = 0;
};

// The time ranges of a video's smart tags, rewritten as a whole whenever the video is re-tagged.
class TagRangeRepository {
public:
    explicit TagRangeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Replaces every range of the asset (the tags must exist: TagRepository::ensureTag).
    Status replace(qint64 assetId, const QList<TagRange> &ranges);
    // By tag path, then start time.
    Result<QList<TagRange>> rangesOf(qint64 assetId) const;

private:
    QSqlDatabase m_db;
};

} // namespace tagsmith
