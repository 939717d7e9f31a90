# tagsmith_add_test(NAME SOURCES a.cpp ... LIBS lib ...): one Qt Test executable, registered with CTest.
set(TAGSMITH_SHARED_DIR "${CMAKE_SOURCE_DIR}/../shared" CACHE PATH "The shared models and datasets beside the checkout")

function(tagsmith_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE tagsmith_policy Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    TAGSMITH_SHARED_DIR="${TAGSMITH_SHARED_DIR}"
    TAGSMITH_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    TAGSMITH_CLI="$<TARGET_FILE:tagsmith-cli>")
  add_dependencies(${name} tagsmith-cli)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 600)
  endif()
  # Qt Test's own watchdog aborts a test function after 5 minutes; it follows the CTest timeout instead.
  math(EXPR function_timeout_ms "${ARG_TIMEOUT} * 1000")
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_FUNCTION_TIMEOUT=${function_timeout_ms}"
    TIMEOUT ${ARG_TIMEOUT}
    LABELS "${ARG_LABELS}")
endfunction()
