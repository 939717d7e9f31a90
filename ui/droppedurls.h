#pragma once

#include <QStringList>

class QMimeData;

namespace tagsmith {

// The local files and folders named by a drop's text/uri-list; empty when there are none.
QStringList droppedLocalPaths(const QMimeData *mime);

} // namespace tagsmith
