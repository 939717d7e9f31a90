#pragma once

#include "processing/tagrangerepository.h"
#include "util/result.h"

#include <QMetaType>
#include <QSet>
#include <QSqlDatabase>

namespace tagsmith {

// What the properties panel shows of a video's smart tags beyond the tags themselves: where
// in time each one appears, which models give actions, and the two thresholds. Plain value,
// read on the catalog thread.
struct VideoTagSummary {
    qint64 assetId = 0;
    QList<TagRange> ranges;
    QSet<QString> actionModels;     // models marked as action models
    double objectThreshold = 0.7;   // objects/scenes (object models and generic labels)
    double actionThreshold = 0.7;   // actions

    QList<QPair<double, double>> rangesOf(const QString &tag, const QString &model) const;
};

Result<VideoTagSummary> loadVideoTagSummary(QSqlDatabase db, qint64 assetId);

} // namespace tagsmith

Q_DECLARE_METATYPE(tagsmith::VideoTagSummary)
