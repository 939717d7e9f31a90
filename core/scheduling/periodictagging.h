#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace tagsmith {

// AEM's periodic re-tag interval for unchanged assets.
constexpr qint64 kPeriodicRetagSeconds = 183LL * 24 * 3600;

// Queues background smart-tag jobs (images and videos) for the assets in folders with smart tags enabled that are
// new or changed since their last tagging, or whose last tagging is older than six months at
// `now`. Returns how many were queued.
Result<int> queuePeriodicTagging(QSqlDatabase db, const QDateTime &now);

} // namespace tagsmith
