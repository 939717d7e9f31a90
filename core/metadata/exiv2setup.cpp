#include "exiv2setup.h"

#include <exiv2/exiv2.hpp>

#include <mutex>

namespace tagsmith {

void ensureExiv2Initialised()
{
    static std::once_flag once;
    static std::recursive_mutex xmpMutex;
    std::call_once(once, [] {
        // Only the first XmpParser::initialize in the process takes effect; media's ExifReader
        // does the same with its own lock, and either lock serialises the toolkit.
        Exiv2::XmpParser::initialize(
            [](void *mutex, bool lock) {
                auto *m = static_cast<std::recursive_mutex *>(mutex);
                lock ? m->lock() : m->unlock();
            },
            &xmpMutex);
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    });
}

} // namespace tagsmith
