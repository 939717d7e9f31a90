#pragma once

#include "util/result.h"

#include <QString>

#include <atomic>

namespace tagsmith {

// SHA-1 of the whole file, streamed in fixed-size blocks (identity of content, not security).
Result<QString> hashFile(const QString &path, const std::atomic<bool> *cancel = nullptr);

} // namespace tagsmith
