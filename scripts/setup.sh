#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and builds Tagsmith in Release:
#   1. installs exactly the Debian packages the build, the tests and the benchmarks need;
#   2. configures and builds into build/ (or $TAGSMITH_BUILD_DIR);
#   3. installs the model packs from ../shared/models when that folder exists.
# Extra CMake arguments are passed through (e.g. -DTAGSMITH_SANITIZE=ON).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${TAGSMITH_BUILD_DIR:-$here/build}

packages=(
  # toolchain; clang and its runtime build the libFuzzer targets (scripts/fuzz.sh)
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
  # Qt 6: widgets, SQLite driver, image plugins (WebP, TIFF, ...), linguist tools
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-image-formats-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  # decoders and inference
  libopencv-dev libavformat-dev libavcodec-dev libavutil-dev libswscale-dev
  libpoppler-qt6-dev libexiv2-dev libheif-dev zlib1g-dev
  # legacy Word/PowerPoint text
  catdoc
  # tests and benchmark baselines: synthetic videos, pdftotext, vipsthumbnail, exiftool, a display
  ffmpeg poppler-utils libvips-tools libimage-exiftool-perl desktop-file-utils xvfb xauth
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$build_dir" -j"$(nproc)"

shared_models="$here/../shared/models"
if [ -d "$shared_models" ]; then
  "$build_dir/app/cli/tagsmith-cli" models install "$shared_models" || \
    echo "warning: installing the model packs from $shared_models failed; smart tags stay off until they are installed" >&2
fi
echo "Built into $build_dir. Run the app with: $build_dir/app/gui/tagsmith"
