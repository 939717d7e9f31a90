#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace tagsmith {

// Turning a generic label source (GenericModels::ImageNet, GenericModels::Objects) on or off,
// for both front ends. Off, none of its labels counts anywhere at once (they stay stored) and
// no new image spends the object detector's time; turned back on, the stored labels count
// again and the images the detector has not seen are queued for it at background priority.
class GenericSources {
    Q_DECLARE_TR_FUNCTIONS(GenericSources)
public:
    // "imagenet" or "objects" (the CLI's words) to the source, empty for anything else.
    static QString fromWord(const QString &word);
    static Status setEnabled(QSqlDatabase db, const QString &source, bool on);
};

} // namespace tagsmith
