#!/usr/bin/env bash
# Installs the Debian packages needed to build and test ortijd.
# Idempotent: when every package is already installed it changes nothing and
# does not touch the network. Otherwise it runs `apt-get update` once and
# `apt-get install -y` for the missing packages only (non-interactive, quiet).
# Runs as root directly, otherwise through sudo when available.
# Usage: bash tools/install-deps.sh
set -euo pipefail

packages=(
  libreoffice-dev                    # SDK headers, unoidl-write
  libreoffice-calc-nogui             # headless Calc for the integration tests
  libreoffice-script-provider-python # Python scripting inside the office
  python3-uno                        # /usr/bin/python3 bridge (tools/lo_session.py)
  libcmocka-dev                      # unit tests
  cmake
  zip unzip                          # .oxt packaging and inspection
  clang libclang-rt-14-dev           # sanitizer and fuzzing builds
  valgrind                           # integration run under memcheck
  poppler-utils                      # pdftotext for document checks
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if ((EUID == 0)); then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: missing ${missing[*]}; run as root or install sudo" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
