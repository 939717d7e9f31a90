#!/usr/bin/env bash
# Runs the whole Qt Test suite through CTest (offscreen platform, no display needed).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${TAGSMITH_BUILD_DIR:-$here/build}
ctest --test-dir "$build_dir" --output-on-failure -j2 "$@"
