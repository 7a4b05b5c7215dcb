#!/usr/bin/env bash
# Installs the Debian packages needed to build and test ortijd, without ever
# removing or downgrading a package.
#
# * LibreOffice: an office that is already installed is used as it is (the
#   GUI libreoffice-calc or the headless libreoffice-calc-nogui, LibreOffice
#   from bookworm or from bookworm-backports). The SDK (libreoffice-dev),
#   python3-uno and libreoffice-script-provider-python (and Calc, when only
#   another part of that office is installed) are installed in exactly the
#   installed office's version, from the suite it came from. Only on a
#   machine without any office is libreoffice-calc-nogui installed.
# * Before installing anything it asks apt for a simulation (apt-get -s) and
#   stops, changing nothing, when apt would remove or downgrade a package.
# * It prints what it installs and why. When everything is present it prints
#   one line and does not touch the network (idempotent).
#
# Usage: bash tools/install-deps.sh [--cross] [--matrix] [--dry-run]
#   --cross    also the cross toolchains of the release build (Windows x64
#              with MinGW and wine, Linux aarch64 with qemu-user-static)
#   --matrix   also what tools/office-matrix.sh needs (debootstrap)
#   --dry-run  show the plan and apt's simulation, change nothing
# Runs as root directly, otherwise through sudo when available. Exits
# non-zero with a message naming what is missing (no network, a suite that
# is not in apt's sources, a package without candidate) and then has
# installed nothing.
set -euo pipefail

cross=0 matrix=0 dry=0
for arg in "$@"; do
  case $arg in
    --cross) cross=1 ;;
    --matrix) matrix=1 ;;
    --dry-run) dry=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-deps: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

say() { echo "install-deps: $*"; }
die() { echo "install-deps: $*" >&2; exit 1; }

# name|reason, for packages taken from the default suite.
base=(
  "libcmocka-dev|unit tests (cmocka)"
  "cmake|build system"
  "gcc|C compiler"
  "make|build tool behind cmake's default generator"
  "zip|.oxt packaging"
  "unzip|.oxt inspection in tests"
  "clang|sanitizer and fuzzing builds"
  "libclang-rt-14-dev|sanitizer and libFuzzer runtimes for clang"
  "valgrind|integration run under memcheck"
  "poppler-utils|pdftotext/pdftoppm for document checks"
  "python3-pytest|runs the Python tests (pytest with /usr/bin/python3)"
)
((cross)) && base+=(
  "gcc-mingw-w64-x86-64|--cross: Windows x64 compiler"
  "binutils-mingw-w64-x86-64|--cross: Windows x64 binutils, dlltool"
  "mingw-w64-x86-64-dev|--cross: Windows headers and CRT"
  "wine64|--cross: runs the Windows unit tests and generators"
  "gcc-aarch64-linux-gnu|--cross: Linux aarch64 compiler"
  "libc6-dev-arm64-cross|--cross: aarch64 C library"
  "libstdc++6-arm64-cross|--cross: aarch64 runtime libraries"
  "qemu-user-static|--cross: runs the aarch64 unit tests"
)
((matrix)) && base+=(
  "debootstrap|--matrix: creates the isolated Debian roots of tools/office-matrix.sh"
)

status_of() { dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true; }
version_of() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }
installed() { [[ $(status_of "$1") == installed ]]; }

# The apt suite an installed version of a package comes from ("" if none of
# apt's sources has it any more).
suite_of() { # PACKAGE VERSION
  LC_ALL=C apt-cache policy "$1" 2>/dev/null | awk -v v="$2" '
    /^ +(\*\*\* )?[^ ]+ [0-9]+$/ { cur = ($1 == "***") ? $2 : $1; next }
    cur == v && $2 ~ /:\/\// { split($3, s, "/"); print s[1]; exit }'
}

# --- the office ----------------------------------------------------------
office_core="" office_kind=""
if installed libreoffice-core; then
  office_core=libreoffice-core office_kind=gui
elif installed libreoffice-core-nogui; then
  office_core=libreoffice-core-nogui office_kind=nogui
fi

office=()      # name|reason, pinned to the office's version and suite
if [[ -n $office_core ]]; then
  lo_version=$(version_of "$office_core")
  calc=libreoffice-calc
  [[ $office_kind == nogui ]] && calc=libreoffice-calc-nogui
  office_desc="LibreOffice $lo_version ($office_core installed)"
  why="matching the installed $office_core $lo_version"
  office+=("$calc|Calc for the integration tests, $why")
else
  lo_version=""
  calc=libreoffice-calc-nogui
  office_desc="no LibreOffice installed"
  why="same version as libreoffice-calc-nogui"
  office+=("libreoffice-calc-nogui|headless Calc for the integration tests (no office is installed)")
fi
office+=(
  "libreoffice-dev|SDK headers and unoidl-write, $why"
  "python3-uno|/usr/bin/python3 UNO bridge for the tests, $why"
  "libreoffice-script-provider-python|Python scripting inside the office, $why"
)

missing_office=() missing_base=() reasons=()
for e in "${office[@]}"; do
  installed "${e%%|*}" || { missing_office+=("${e%%|*}"); reasons+=("$e"); }
done
for e in "${base[@]}"; do
  installed "${e%%|*}" || { missing_base+=("${e%%|*}"); reasons+=("$e"); }
done

total=$((${#office[@]} + ${#base[@]}))
if ((${#missing_office[@]} + ${#missing_base[@]} == 0)); then
  say "all $total packages present ($office_desc)"
  exit 0
fi

if ((EUID == 0)); then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  die "missing ${missing_office[*]} ${missing_base[*]}; run as root or install sudo"
fi
apt() { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive LC_ALL=C apt-get "$@"; }

say "$office_desc; to install:"
for e in "${reasons[@]}"; do printf '  %-36s %s\n' "${e%%|*}" "${e#*|}"; done

# Fresh package lists (the one network step); a failure names the cause.
if ! out=$(apt update -q 2>&1) || grep -qE '^(E:|W: Failed to fetch|Err:)' <<<"$out"; then
  echo "$out" | grep -E '^(E:|W:|Err:)' >&2 || true
  die "apt-get update failed: no network, or a suite in /etc/apt/sources.list* is missing or unreachable; nothing was installed"
fi

# Office companions: exactly the installed office's version, from its suite.
office_args=()
if ((${#missing_office[@]})); then
  if [[ -n $lo_version ]]; then
    suite=$(suite_of "$office_core" "$lo_version")
    if [[ -z $suite ]]; then
      cand=$(LC_ALL=C apt-cache policy "$office_core" | awk '/Candidate:/ {print $2}')
      die "the installed $office_core $lo_version is in none of apt's sources (candidate: ${cand:-none}), so ${missing_office[*]} cannot be had in that version. Add the suite it came from (e.g. bookworm-backports) to /etc/apt/sources.list.d/, or upgrade the office first (apt-get install --only-upgrade $office_core); nothing was installed"
    fi
    say "installed office comes from $suite: taking ${missing_office[*]} $lo_version from there"
    [[ $suite == *-backports ]] && office_args+=(-t "$suite")
    for p in "${missing_office[@]}"; do office_args+=("$p=$lo_version"); done
  else
    office_args+=("${missing_office[@]}")
  fi
fi

# Simulate each install; stop on any removal or downgrade, or an apt error.
simulate() { # ARGS...
  local out rc=0
  out=$(apt -s install "$@" 2>&1) || rc=$?
  if ((rc != 0)); then
    echo "$out" | grep -E '^(E:| |The following)' | head -n 30 >&2
    die "apt cannot install $* (see above: a package without candidate, or a suite missing from apt's sources); nothing was installed"
  fi
  if grep -qE '^Remv |DOWNGRADED' <<<"$out"; then
    echo "$out" | grep -E '^(Remv|Inst|The following|  )' >&2
    die "apt would remove or downgrade packages to install $* (see above); nothing was installed. Install them yourself, or keep this machine's office and build elsewhere"
  fi
  ((dry)) && { echo "--- apt-get -s install $*"; echo "$out"; }
  return 0
}
((${#office_args[@]})) && simulate "${office_args[@]}"
((${#missing_base[@]})) && simulate "${missing_base[@]}"
if ((dry)); then
  say "dry run: nothing installed"
  exit 0
fi

# --no-remove and the absence of --allow-downgrades make apt itself refuse
# what the simulation already excluded.
if ((${#office_args[@]})); then
  say "apt-get install ${office_args[*]}"
  apt install -y -q --no-remove "${office_args[@]}" >/dev/null ||
    die "apt-get install ${office_args[*]} failed"
fi
if ((${#missing_base[@]})); then
  say "apt-get install ${missing_base[*]}"
  apt install -y -q --no-remove "${missing_base[@]}" >/dev/null ||
    die "apt-get install ${missing_base[*]} failed"
fi
say "done ($office_desc)"
