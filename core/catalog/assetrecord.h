#pragma once

#include "media/mediainfo.h"

#include <QString>

namespace tagsmith {

enum class AssetStatus { Ok, Failed, Missing };

QString statusName(AssetStatus status);   // "ok", "failed", "missing"
AssetStatus statusFromName(const QString &name);

// One row of the assets table.
struct AssetRecord {
    qint64 id = 0;
    qint64 folderId = 0;
    QString path;
    QString name;
    qint64 size = 0;
    qint64 mtime = 0;          // seconds since the epoch (milliseconds would make a copy look changed)
    QString contentHash;
    MediaInfo media;           // mime, kind, size, duration, codec, rotation, pages; media.error is the reason
    AssetStatus status = AssetStatus::Ok;
    QString title;
    QString description;
};

} // namespace tagsmith
