#pragma once

#include "media/assetkind.h"

#include <QRect>

class QPainter;

namespace tagsmith {

// What a cell shows until (or instead of) a rendered thumbnail.
void paintKindPlaceholder(QPainter *painter, const QRect &rect, AssetKind kind);
// A torn page with a red cross: a file that could not be read. Distinct at every size.
void paintBrokenFile(QPainter *painter, const QRect &rect);
// A small rounded label in the thumbnail's bottom-right corner.
void paintBadge(QPainter *painter, const QRect &thumbnailRect, const QString &text);

} // namespace tagsmith
