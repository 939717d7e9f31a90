#include "exiv2setup.h"

#include <exiv2/exiv2.hpp>

#include <mutex>

namespace tagsmith {

void ensureExiv2Initialised()
{
    static std::once_flag once;
    static std::recursive_mutex xmpMutex;
    std::call_once(once, [] {
        // Exiv2's XMP toolkit is not thread-safe on its own; it asks for a lock function.
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
