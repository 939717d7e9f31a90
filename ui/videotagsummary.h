#pragma once

#include "processing/tagrangerepository.h"
#include "util/result.h"

#include <QHash>
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
    double objectThreshold = 0.7;   // objects/scenes (object models)
    double actionThreshold = 0.7;   // actions
    QHash<QString, double> genericThresholds;   // by generic source (GenericModels): their own, as for photos

    QList<QPair<double, double>> rangesOf(const QString &tag, const QString &model) const;
    // The threshold a tag of `model` is measured against: a generic source's own, else its set's.
    double thresholdFor(const QString &model, bool action) const;
};

Result<VideoTagSummary> loadVideoTagSummary(QSqlDatabase db, qint64 assetId);

} // namespace tagsmith

Q_DECLARE_METATYPE(tagsmith::VideoTagSummary)
