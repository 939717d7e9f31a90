#pragma once

#include <QString>

namespace tagsmith {

enum class AssetKind { Image, Video, Document, Other };

QString kindName(AssetKind kind);               // "image", "video", "document", "other"
AssetKind kindFromName(const QString &name);     // unknown names map to Other
AssetKind kindForMime(const QString &mimeName);  // by the content-detected MIME type

} // namespace tagsmith
