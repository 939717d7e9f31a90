#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace tagsmith::fuzz {

// For parsers whose API takes only a path: the bytes written to this process's scratch file
// (rewritten on every call, so the fuzzer's input never outlives one run). `suffix` is for
// readers that look at the extension.
QString inputFile(const uint8_t *data, size_t size, const char *suffix = ".bin");

} // namespace tagsmith::fuzz
