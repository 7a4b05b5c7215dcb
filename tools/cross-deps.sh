#!/usr/bin/env bash
# Prepares what the cross builds of ortijd need beyond Debian packages
# installed on the machine, into a cache directory (default build-deps/ in
# the repository), without installing anything foreign on the machine:
#   build-deps/linux_aarch64/ure/      Debian's arm64 URE (libuno-sal3,
#       libuno-cppu3, libuno-salhelpergcc3-3, and zlib1g, which sal needs
#       and the cross libc lacks), unpacked with dpkg-deb -x:
#       the aarch64 component links against it and its load test runs it
#   build-deps/<platform>/cmocka/      cmocka built from Debian's source
#       package with that platform's toolchain (static library), for the
#       unit tests under wine64 / qemu-user
# The arm64 packages and the cmocka source come through a private apt state
# (own lists, cache and empty dpkg status, the machine's own Debian sources
# plus deb-src): the machine's apt state is never touched, and apt checks
# every download against the signed archive indices as usual.
# The cross toolchains themselves are Debian packages:
# `tools/install-deps.sh --cross` installs them (this script calls it).
# Idempotent: what is present is kept (delete build-deps/ to refetch).
# Usage: bash tools/cross-deps.sh [CACHE_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${1:-${ORTIJD_DEPS_DIR:-$root/build-deps}}
jobs=$(nproc 2>/dev/null || echo 2)

die() { echo "cross-deps: $*" >&2; exit 1; }

bash "$root/tools/install-deps.sh" --cross

mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
state=$cache/apt

# apt with a private state; $1 = architecture of the packages to download.
private_apt() {
  local arch=$1; shift
  apt-get -q -o Dir::Etc::sourcelist=/dev/null \
    -o Dir::Etc::sourceparts="$state/sources" \
    -o Dir::State::Lists="$state/lists" -o Dir::Cache="$state/cache" \
    -o Dir::State::status="$state/status" \
    -o APT::Architecture="$arch" -o APT::Architectures="$arch" \
    -o Debug::NoLocking=1 -o APT::Sandbox::User=root "$@"
}

# The machine's Debian sources (deb822 or one-line form), with deb-src.
prepare_state() {
  [ -f "$state/updated" ] && return 0
  rm -rf "$state"
  mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/sources"
  : > "$state/status"
  local found=0 f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    sed -E 's/^Types:[[:space:]]*deb[[:space:]]*$/Types: deb deb-src/' "$f" \
      > "$state/sources/$(basename "$f")"
    found=1
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    grep -E '^[[:space:]]*deb[[:space:]]' "$f" | sed -E 's/^[[:space:]]*deb[[:space:]]/deb-src /' \
      > "$state/sources/$(basename "$f").src.list" || true
    cp "$f" "$state/sources/$(basename "$f" .list).list"
    found=1
  done
  ((found)) || die "no apt sources found in /etc/apt"
  private_apt arm64 update -qq >/dev/null \
    || die "cannot read the Debian archive (no network?); nothing was installed"
  touch "$state/updated"
}

# Debian's arm64 URE, unpacked.
fetch_arm64_ure() {
  local dest=$cache/linux_aarch64/ure
  [ -f "$dest/.complete" ] && return 0
  prepare_state
  rm -rf "$dest" "$cache/dl-ure"; mkdir -p "$dest" "$cache/dl-ure"
  (cd "$cache/dl-ure" && private_apt arm64 download \
      libuno-sal3:arm64 libuno-cppu3:arm64 libuno-salhelpergcc3-3:arm64 \
      zlib1g:arm64 >/dev/null) \
    || die "cannot download Debian's arm64 URE packages"
  local deb
  for deb in "$cache"/dl-ure/*.deb; do dpkg-deb -x "$deb" "$dest"; done
  [ -f "$dest/usr/lib/libreoffice/program/libuno_sal.so.3" ] \
    || die "arm64 URE unpacked without libuno_sal.so.3"
  ls "$dest"/lib/aarch64-linux-gnu/libz.so.1 >/dev/null 2>&1 \
    || die "arm64 zlib not unpacked"
  touch "$dest/.complete"
  echo "cross-deps: arm64 URE $(ls "$cache"/dl-ure | sed -n 's/^libuno-sal3_\(.*\)_arm64.deb$/\1/p' | sed 's/%3a/:/') in $dest"
}

# cmocka from Debian's source package, built for `platform` with its
# toolchain file (cmake/toolchains/<toolchain>.cmake).
build_cmocka() {
  local platform=$1 toolchain=$2
  local dest=$cache/$platform/cmocka
  [ -f "$dest/.complete" ] && return 0
  if [ ! -f "$cache/cmocka-src/.complete" ]; then
    prepare_state
    rm -rf "$cache/cmocka-src"; mkdir -p "$cache/cmocka-src"
    (cd "$cache/cmocka-src" && private_apt arm64 source --download-only cmocka >/dev/null) \
      || die "cannot download Debian's cmocka source package"
    tar -xf "$(ls "$cache"/cmocka-src/cmocka_*.orig.tar.* | grep -v "\.asc$" | head -n1)" -C "$cache/cmocka-src"
    touch "$cache/cmocka-src/.complete"
  fi
  local src
  src=$(find "$cache/cmocka-src" -mindepth 1 -maxdepth 1 -type d -name 'cmocka-*' | head -n1)
  [ -n "$src" ] || die "cmocka source not unpacked"
  rm -rf "$dest" "$cache/cmocka-build-$platform"
  cmake -S "$src" -B "$cache/cmocka-build-$platform" \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/$toolchain.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DWITH_STATIC_LIB=ON -DWITH_EXAMPLES=OFF \
    -DUNIT_TESTING=OFF -DCMAKE_INSTALL_PREFIX="$dest" >/dev/null
  cmake --build "$cache/cmocka-build-$platform" -j "$jobs" >/dev/null
  cmake --install "$cache/cmocka-build-$platform" >/dev/null
  [ -f "$dest/lib/libcmocka-static.a" ] || die "cmocka for $platform did not build"
  touch "$dest/.complete"
  echo "cross-deps: cmocka $(basename "$src") built for $platform in $dest"
}

fetch_arm64_ure
build_cmocka linux_aarch64 linux-aarch64
build_cmocka windows_x86_64 windows-x86_64
echo "cross-deps: ready in $cache"
