#pragma once

#include <QString>

namespace tagsmith {

// Walks the top-level boxes of an ISO base media file (MP4, MOV, 3GP) without reading their content,
// so a missing index can be told apart from other damage.
class IsoBmff {
public:
    static bool hasTopLevelBox(const QString &path, const char (&type)[5]);
};

} // namespace tagsmith
