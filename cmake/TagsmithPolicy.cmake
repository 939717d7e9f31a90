# One INTERFACE target carries the compile policy for every Tagsmith target.
add_library(tagsmith_policy INTERFACE)
target_compile_features(tagsmith_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(tagsmith_policy INTERFACE -Wall -Wextra -pedantic)
target_compile_definitions(tagsmith_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_FOREACH
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(TAGSMITH_SANITIZE)
  target_compile_options(tagsmith_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(tagsmith_policy INTERFACE -fsanitize=address,undefined)
endif()

# ThreadSanitizer cannot share a binary with AddressSanitizer: it gets its own build folder
# (cmake -B build-tsan -DTAGSMITH_TSAN=ON, then build tst_catalog, tst_jobrunner, tst_jobprogress).
if(TAGSMITH_TSAN)
  if(TAGSMITH_SANITIZE)
    message(FATAL_ERROR "TAGSMITH_TSAN and TAGSMITH_SANITIZE cannot be combined: use two build folders")
  endif()
  target_compile_options(tagsmith_policy INTERFACE -fsanitize=thread -fno-omit-frame-pointer -g)
  target_link_options(tagsmith_policy INTERFACE -fsanitize=thread)
endif()
