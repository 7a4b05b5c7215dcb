#!/usr/bin/env bash
# Runs every test of ortijd on a fresh Debian machine:
#   1. installs the Debian packages it needs (tools/install-deps.sh),
#   2. tools/release.sh: builds linux_x86_64, linux_aarch64 and
#      windows_x86_64, runs each one's unit tests (natively, under qemu-user,
#      under wine64), component load test and import/export check, and
#      writes the multi-platform dist/ortijd.oxt,
#   3. builds everything into build/ (core, component, type library) and
#      runs ctest: unit tests and the headless-Calc integration tests, which
#      install dist/ortijd.oxt itself,
#   4. builds core, function table and unit tests again with AddressSanitizer
#      and UBSan into build-asan/ and runs those unit tests,
#   5. builds the libFuzzer targets with clang into build-fuzz/ and runs each
#      one for FUZZ_SECONDS (default here 30) over its corpus (tools/fuzz.sh),
#   6. tools/office-matrix.sh: the integration suite on dist/ortijd.oxt in
#      LibreOffice 26.8 (Debian 13 root, 26.8.3.1 when measured) and 7.0
#      (Debian 11 root), and a build + ctest against the Debian 13 root's
#      SDK; roots are made with debootstrap under /var/cache/ortijd-roots
#      once and reused.
# Usage: bash tools/test.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

bash "$root/tools/install-deps.sh" --matrix

echo "== every platform (tools/release.sh)"
bash "$root/tools/release.sh"

echo "== build and test (build/), integration tests on dist/ortijd.oxt"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DORTIJD_TEST_OXT="$root/dist/ortijd.oxt"
cmake --build "$root/build" -j "$jobs"
ctest --test-dir "$root/build" --output-on-failure

echo "== unit tests under AddressSanitizer + UBSan (build-asan/)"
cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug \
      -DORTIJD_SANITIZE=ON -DORTIJD_BUILD_ADDIN=OFF
cmake --build "$root/build-asan" -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/build-asan" --output-on-failure

echo "== fuzzing (build-fuzz/, tools/fuzz.sh)"
FUZZ_SECONDS=${FUZZ_SECONDS:-30} bash "$root/tools/fuzz.sh"

echo "== office matrix: LibreOffice of Debian 13 (26.8) and Debian 11 (7.0)"
bash "$root/tools/office-matrix.sh" --build-dir "$root/build" --oxt "$root/dist/ortijd.oxt"
