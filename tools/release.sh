#!/usr/bin/env bash
# Builds ortijd for every platform it ships for, from the same sources, tests
# each build, and writes one multi-platform extension, dist/ortijd.oxt.
#
#   platform         build dir                toolchain                  tests run by
#   linux_x86_64     build-linux_x86_64/      the machine's gcc           native
#   linux_aarch64    build-linux_aarch64/     gcc-aarch64-linux-gnu      qemu-user, arm64 URE
#   windows_x86_64   build-windows_x86_64/    mingw-w64 (gcc)            wine64, LibreOffice's URE
#
# Each build runs its unit tests, the component load test
# (tests/platform/) and the import/export check (tests/binaries/); the
# Windows load tests run against LibreOffice's own URE DLLs in the folder
# ORTIJD_WIN_URE_DIR names (.ci/run sets it), and are shown as skipped
# without it; a
# platform whose build or tests fail stops the release with a message, and
# no dist/ortijd.oxt is written (an old one is removed first). The package
# is laid out by cmake/package_oxt.cmake, as build/ortijd.oxt: from the
# native build's config (oxt-config.cmake, written by ortijd_add_oxt) with
# the three component libraries; description.xml lists exactly the
# platforms inside. The version is the one in VERSION.
#
# Installs what it needs (Debian packages only; tools/install-deps.sh,
# tools/cross-deps.sh). Usage: bash tools/release.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
dist=$root/dist
oxt=$dist/ortijd.oxt
deps=${ORTIJD_DEPS_DIR:-$root/build-deps}
platforms=(linux_x86_64 linux_aarch64 windows_x86_64)

fail() { echo "release: FAILED: $*" >&2; exit 1; }

mkdir -p "$dist"
rm -f "$oxt"

bash "$root/tools/install-deps.sh"
bash "$root/tools/cross-deps.sh" "$deps"

# wine keeps its state in a prefix of our own. It is created here, once and
# before any test: two tests starting wine at the same time in a prefix that
# does not exist yet race to create it and one fails.
export WINEDEBUG=-all
export WINEPREFIX=${WINEPREFIX:-$deps/wineprefix}
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  echo "== wine: creating the prefix $WINEPREFIX"
  /usr/lib/wine/wine64 wineboot --init >/dev/null 2>&1 \
    || fail "wine64 cannot create its prefix $WINEPREFIX"
  /usr/lib/wine/wineserver64 -w
  [ -f "$WINEPREFIX/system.reg" ] || fail "wine prefix $WINEPREFIX incomplete"
fi

build_platform() {
  local platform=$1 dir=$root/build-$1
  local args=(-DCMAKE_BUILD_TYPE=Release -DORTIJD_INTEGRATION_TESTS=OFF)
  case $platform in
    linux_x86_64) ;;
    linux_aarch64)
      args+=(-DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/linux-aarch64.cmake"
             -DLO_PROGRAM_DIR="$deps/linux_aarch64/ure/usr/lib/libreoffice/program") ;;
    windows_x86_64)
      args+=(-DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/windows-x86_64.cmake") ;;
  esac
  if [ "$platform" != linux_x86_64 ]; then
    args+=(-DCMOCKA_INCLUDE_DIR="$deps/$platform/cmocka/include"
           -DCMOCKA_LIBRARY="$deps/$platform/cmocka/lib/libcmocka-static.a")
  fi
  echo "== $platform: build ($dir)"
  mkdir -p "$dir"
  cmake -S "$root" -B "$dir" "${args[@]}" >"$dir/configure.log" 2>&1 \
    || { cat "$dir/configure.log" >&2; fail "$platform: configure failed"; }
  cmake --build "$dir" -j "$jobs" || fail "$platform: build failed"
  echo "== $platform: tests (unit, component load, imports/exports)"
  if [ "$platform" = windows_x86_64 ]; then
    if [ -n "${ORTIJD_WIN_URE_DIR:-}" ]; then
      echo "== $platform: load tests against the URE in $ORTIJD_WIN_URE_DIR"
    else
      echo "== $platform: ORTIJD_WIN_URE_DIR is not set: the load tests against" \
           "LibreOffice's own URE are skipped"
    fi
  fi
  ctest --test-dir "$dir" --output-on-failure -j "$jobs" \
    || fail "$platform: tests failed"
  # ctest counts as its closing line; a build without tests is a failure.
  local count
  count=$(ctest --test-dir "$dir" -N | sed -n 's/^Total Tests: //p')
  [ "${count:-0}" -gt 0 ] || fail "$platform: no test was registered"
}

# The native build first: it also makes what every platform shares.
for platform in "${platforms[@]}"; do
  build_platform "$platform"
done

library() {
  case $1 in
    windows_*) echo "$root/build-$1/addin/ortijd.uno.dll" ;;
    *) echo "$root/build-$1/addin/ortijd.uno.so" ;;
  esac
}
entries=()
for platform in "${platforms[@]}"; do
  lib=$(library "$platform")
  [ -f "$lib" ] || fail "$platform: no component library at $lib"
  entries+=("$platform=$lib")
done
list=$(IFS=';'; echo "${entries[*]}")

echo "== package dist/ortijd.oxt"
cmake -DCONFIG="$root/build-linux_x86_64/oxt-config.cmake" -DOUTPUT="$oxt.part" \
      "-DPLATFORMS=$list" -P "$root/cmake/package_oxt.cmake" \
  || fail "packaging failed"
# Check the package says exactly what it holds before it is published.
listed=$(unzip -p "$oxt.part" description.xml | sed -n 's/.*<platform value="\([^"]*\)".*/\1/p')
[ "$listed" = "$(IFS=','; echo "${platforms[*]}")" ] \
  || fail "description.xml lists '$listed'"
for platform in "${platforms[@]}"; do
  unzip -l "$oxt.part" "$platform/ortijd.components" "$(basename "$(library "$platform")" | sed "s|^|$platform/|")" \
    >/dev/null || fail "$platform missing in the package"
  unzip -p "$oxt.part" META-INF/manifest.xml | grep -q "full-path=\"$platform/ortijd.components\"" \
    || fail "$platform has no manifest entry"
done
mv "$oxt.part" "$oxt"
rm -rf "$oxt.part.d"

version=$(unzip -p "$oxt" description.xml | sed -n 's/.*<version value="\([^"]*\)".*/\1/p')
echo "release: dist/ortijd.oxt, version $version, $(stat -c %s "$oxt") bytes"
echo "release: platforms: $listed"
