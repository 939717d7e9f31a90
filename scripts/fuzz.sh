#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_*.cpp) with clang into build-fuzz/ (or
# $TAGSMITH_FUZZ_BUILD_DIR) and runs each for SECONDS, two at a time (FUZZ_JOBS). One line per
# target: "target NAME: runs=N crashes=M"; exits 1 when any target crashed, leaked, hit undefined
# behaviour, timed out (10 s per input) or ran out of memory (2 GB), naming the file it kept.
#   scripts/fuzz.sh SECONDS [NAME ...]     (default: every target)
# Corpora live in build-fuzz/fuzz/corpus/NAME and grow from run to run; each run also reads the
# hand-made seeds in tests/fuzz/seeds/NAME and files of matching type from ../shared/datasets.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${TAGSMITH_FUZZ_BUILD_DIR:-$here/build-fuzz}
datasets=${TAGSMITH_DATASETS:-$here/../shared/datasets}
jobs=${FUZZ_JOBS:-$(nproc)}

seconds=${1:?usage: scripts/fuzz.sh SECONDS [NAME ...]}
shift
[[ $seconds =~ ^[0-9]+$ ]] || { echo "SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# -O1 with line tables: fast to build, still readable sanitizer stacks.
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DTAGSMITH_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build_dir" -j"$(nproc)" --target tagsmith_fuzzers

# Dataset seeds by extension; files over 64 KB (the fuzzers' -max_len) contribute their first
# 64 KB, as headers are what the structure readers walk, except for containers indexed from
# the end or by sector (ZIP, OLE2), which are only used whole.
declare -A extensions=(
  [jpegstructure]="jpg jpeg" [pngstructure]="png" [isobmff]="mp4 mov heic avif"
  [psdimage]="psd" [imageprobe]="jpg png gif bmp webp tif" [exifreader]="jpg tif"
  [zipdirectory]="docx pptx odt odp" [ziparchive]="docx pptx odt odp"
  [compoundfile]="doc ppt" [pptreader]="ppt" [rtfreader]="rtf" [htmlreader]="html htm"
  [csvreader]="csv" [csvrecords]="csv" [csvmetadata]="csv" [subtitlereader]="srt vtt"
  [xmltextcollector]="" [xmpkeywords]="xmp" [modelmanifest]="" [searchquery]=""
)
fuzz_dir="$build_dir/fuzz"
collect_seeds() {
  local name=$1 out="$fuzz_dir/seeds/$1" ext file count
  rm -rf "$out" && mkdir -p "$out"
  for ext in ${extensions[$name]}; do
    [ -d "$datasets" ] || break
    count=0
    while IFS= read -r -d '' file; do
      if [[ " zipdirectory ziparchive compoundfile pptreader " == *" $name "* ]] && [ "$(stat -c %s "$file")" -gt 65536 ]; then
        continue
      fi
      head -c 65536 "$file" >"$out/$(printf '%s' "$file" | sha1sum | cut -c1-16).$ext"
      count=$((count + 1))
      [ "$count" -lt 12 ] || break
    done < <(find "$datasets" -type f -iname "*.$ext" -print0 | sort -z)
  done
  if [ "$name" = modelmanifest ]; then
    cp "$here"/models/*.json "$out"/
  fi
}

if [ $# -eq 0 ]; then
  mapfile -t targets < <(find "$build_dir/tests/fuzz" -maxdepth 1 -type f -executable -name 'fuzz_*' -printf '%f\n' | sed 's/^fuzz_//' | sort)
else
  targets=("$@")
fi

run_one() {
  local name=$1 corpus="$fuzz_dir/corpus/$1" artifacts="$fuzz_dir/artifacts/$1/" log="$fuzz_dir/logs/$1.log"
  local scratch="$fuzz_dir/tmp/$1"   # the inputs of path-only parsers, written by fuzzinput.cpp
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")" "$scratch"
  rm -f "$artifacts"*
  local seed_dirs=("$fuzz_dir/seeds/$name")
  [ -d "$here/tests/fuzz/seeds/$name" ] && seed_dirs+=("$here/tests/fuzz/seeds/$name")
  # Leaks count as crashes; UBSan stops at the first report so it leaves a crash file too.
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 QT_QPA_PLATFORM=offscreen TMPDIR="$scratch" \
    "$build_dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus" "${seed_dirs[@]}" \
      >"$log" 2>&1 || true
  rm -rf "$scratch"
}

for name in "${targets[@]}"; do
  [ -x "$build_dir/tests/fuzz/fuzz_$name" ] || { echo "no fuzz target '$name'" >&2; exit 2; }
  collect_seeds "$name"
done

running=0
for name in "${targets[@]}"; do
  run_one "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

failed=0
for name in "${targets[@]}"; do
  log="$fuzz_dir/logs/$name.log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  mapfile -t kept < <(find "$fuzz_dir/artifacts/$name" -type f | sort)
  echo "target $name: runs=${runs:-0} crashes=${#kept[@]}"
  if [ ${#kept[@]} -gt 0 ]; then
    failed=1
    for file in "${kept[@]}"; do
      echo "  kept $file (log: $log); reproduce: $build_dir/tests/fuzz/fuzz_$name $file"
    done
  elif ! grep -q 'Done [0-9]* runs' "$log"; then
    failed=1
    echo "  the fuzzer did not finish; see $log"
  fi
done
exit "$failed"
