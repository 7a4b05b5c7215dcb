#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) with clang, ASan and UBSan into
# build-fuzz/ and runs each one, bounded in time, over its committed corpus
# (tests/fuzz/corpus/<target>/). Fails on any crash, sanitizer report or
# violated invariant; the input that failed is kept in
# build-fuzz/artifacts/<target>/ (replay: build-fuzz/tests/fuzz/<target> FILE).
# New inputs found go to build-fuzz/corpus/<target>/, never into the tree.
#
# Usage: bash tools/fuzz.sh               # 60 s per target
#        FUZZ_SECONDS=300 bash tools/fuzz.sh
# Environment: FUZZ_SECONDS (default 60), FUZZ_BUILD_DIR (default
# build-fuzz/ in the repository), CC (default clang-14, else clang).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=$(nproc 2>/dev/null || echo 2)
if [ -z "${CC:-}" ]; then
  if command -v clang-14 >/dev/null; then CC=clang-14; else CC=clang; fi
fi
export CC

echo "== fuzz targets (clang: $CC, $seconds s each, $build)"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DORTIJD_FUZZ=ON -DORTIJD_BUILD_ADDIN=OFF -DORTIJD_INTEGRATION_TESTS=OFF
cmake --build "$build" -j "$jobs" --target fuzz_core fuzz_args

status=0
for target in fuzz_core fuzz_args; do
  work="$build/corpus/$target"
  artifacts="$build/artifacts/$target"
  mkdir -p "$work" "$artifacts"
  log="$build/$target.log"
  echo "-- $target"
  # The first directory receives new inputs; the committed corpus is read.
  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$artifacts/" \
       "$work" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' "$log" || true
  else
    status=1
    echo "$target FAILED; log: $log, input in $artifacts/" >&2
    tail -40 "$log" >&2
  fi
done
exit $status
