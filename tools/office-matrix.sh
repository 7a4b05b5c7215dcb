#!/usr/bin/env bash
# Runs ortijd's integration suite against other LibreOffice versions, each in
# an isolated Debian root (debootstrap --variant=minbase plus Debian's own
# LibreOffice packages; tools/chroot-roots.sh). The host's office and
# packages are not touched.
#
#   trixie    Debian 13, LibreOffice 26.8 (26.8.3.1 when measured): the
#             integration suite with the host's .oxt; then the project built
#             against the root's SDK and its ctest (less the office
#             behaviours already run with the host .oxt)
#   bullseye  Debian 11, LibreOffice 7.0 (7.0.4.2 when measured): the
#             integration suite with the host's .oxt
# Each root has the LibreOffice that Debian release ships; every run prints
# its version.
#
# The suite is the same pytest command in each root: every module of
# tests/integration (without valgrind, which the roots do not have:
# -m "not valgrind") with the given .oxt and the host build's names manifest;
# LibreOffice 7.0's documented differences are strict expected failures
# there (tests/integration/known_differences.py). The .oxt is tested as
# built on the host (the binary UNO ABI is stable).
#
# The roots are made (or checked) one after the other, then the legs run at
# the same time, each printing its output when it is done.
#
# Roots live in $ORTIJD_ROOTS_DIR (default /var/cache/ortijd-roots) and are
# reused when present and valid; a fresh machine creates them (about a minute
# each; needs Debian's package mirror). Prints each office's version
# (soffice --version inside its root) and pytest's counts, and exits non-zero
# when any leg failed or could not run.
#
# Usage: bash tools/office-matrix.sh [--oxt FILE] [--build-dir DIR]
#                                   [--legs trixie,bullseye] [--no-sdk-build]
#   --oxt        the .oxt to test (default BUILD-DIR/ortijd.oxt)
#   --build-dir  host build directory (default build/): its names manifest
#   --legs       which legs to run (default trixie,bullseye)
#   --no-sdk-build  skip building against the SDK in the trixie root
# Needs root and debootstrap (bash tools/install-deps.sh --matrix).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=tools/chroot-roots.sh
source "$repo/tools/chroot-roots.sh"

build_dir=$repo/build
oxt=""
legs=trixie,bullseye
sdk_build=1
while (($#)); do
  case $1 in
    --oxt) oxt=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --legs) legs=$2; shift 2 ;;
    --no-sdk-build) sdk_build=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "office-matrix: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
build_dir=$(cd "$build_dir" 2>/dev/null && pwd) ||
  { echo "office-matrix: no build directory $build_dir (build first)" >&2; exit 1; }
oxt=${oxt:-$build_dir/ortijd.oxt}
[[ -f $oxt ]] || { echo "office-matrix: no .oxt at $oxt (build first)" >&2; exit 1; }
oxt=$(cd "$(dirname "$oxt")" && pwd)/$(basename "$oxt")

roots_check_host

work=$(mktemp -d /tmp/ortijd-matrix.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
cp "$oxt" "$work/ortijd.oxt"
# The names manifest of the host build, which the test scripts read.
cp "$build_dir/generated/functions.json" "$work/functions.json" ||
  { echo "office-matrix: no names manifest in $build_dir (build first)" >&2; exit 1; }
chmod 644 "$work/ortijd.oxt" "$work/functions.json"
# The one suite of every leg (see the comment at the top).
suite_cmd=(env --chdir="$repo" ORTIJD_TEST_OXT=/ortijd-matrix/ortijd.oxt
           ORTIJD_MANIFEST=/ortijd-matrix/functions.json PYTHONDONTWRITEBYTECODE=1
           /usr/bin/python3 -m pytest -c "$repo/pytest.ini" --rootdir "$repo"
           -m "not valgrind" "$repo/tests/integration")

common="libreoffice-calc-nogui python3-uno python3-pytest libreoffice-script-provider-python fonts-dejavu-core fonts-liberation2 poppler-utils"
sdk="libreoffice-dev cmake make gcc libc6-dev libcmocka-dev zip unzip"

echo "== office matrix: $oxt, pytest tests/integration in each office (roots in $ORTIJD_ROOTS_DIR)"
t_all=$SECONDS
declare -A label root version t_root
status=0
IFS=, read -r -a leg_list <<<"$legs"
# The roots first, one after the other (creating one needs the network and
# its lock); each is held (shared lock) until the end.
for leg in "${leg_list[@]}"; do
  case $leg in
    trixie)   suite=trixie;   label[$leg]="Debian 13 (trixie)";   pkgs="$common $sdk" ;;
    bullseye) suite=bullseye; label[$leg]="Debian 11 (bullseye)"; pkgs="$common" ;;
    *) echo "office-matrix: unknown leg $leg (trixie, bullseye)" >&2; exit 2 ;;
  esac
  t0=$SECONDS
  if ! root[$leg]=$(roots_ensure "ortijd-$leg" "$suite" "$pkgs"); then
    root[$leg]=""
    continue
  fi
  t_root[$leg]=$((SECONDS - t0))
  roots_hold "ortijd-$leg"
  v=$(roots_run "${root[$leg]}" -- /usr/lib/libreoffice/program/soffice --version 2>/dev/null |
      grep -o 'LibreOffice [0-9][0-9.]*' | head -n 1 || true)
  version[$leg]=${v:-LibreOffice (version unknown)}
  echo "${label[$leg]}: ${version[$leg]} (soffice --version inside the root)"
done

# One leg: the suite, and in trixie the build against its SDK; prints what
# it does, writes its summary line to $work/LEG.line; non-zero if it failed.
run_leg() { # LEG (runs in a subshell of its own: its errors are counted, not fatal)
  set +e
  local leg=$1 r=${root[$1]} v=${version[$1]} t0=$SECONDS rc leg_status=0 counts line
  echo "== ${label[$leg]}: the suite with the host .oxt"
  roots_run "$r" --repo "$repo" --bind-rw "$work" /ortijd-matrix -- "${suite_cmd[@]}" \
    >"$work/$leg.log" 2>&1
  rc=$?
  cat "$work/$leg.log"
  # pytest's closing line: "==== 1234 passed, 600 xfailed in 99.0s ===="
  counts=$(grep -E '^=+ .*(passed|failed|error).* in [0-9.]+s' "$work/$leg.log" | tail -n 1 |
           sed -E 's/^=+ //; s/ =+$//')
  ((rc == 0)) || leg_status=1
  line="${label[$leg]}, $v, host .oxt: ${counts:-no result}"
  if [[ $leg == trixie && $sdk_build == 1 ]]; then
    echo "== ${label[$leg]}: build against the ${v#LibreOffice } SDK and ctest"
    local t1=$SECONDS sdk_counts
    roots_run "$r" --repo "$repo" -- /bin/bash -c '
      set -e
      b=/tmp/ortijd-matrix/build-sdk
      cmake -S "$1" -B "$b" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/tmp/cmake.log 2>&1 ||
        { cat /tmp/cmake.log; exit 1; }
      cmake --build "$b" -j "$(nproc)" >/tmp/build.log 2>&1 || { tail -n 60 /tmp/build.log; exit 1; }
      # The office behaviours (life cycle, 10,000 cells, file round trips)
      # already ran with the host .oxt above; here everything else, on the
      # .oxt built against the SDK of this root.
      ctest --test-dir "$b" --output-on-failure -E "lifecycle|share_roundtrip"
    ' sdk-build "$repo" >"$work/$leg-sdk.log" 2>&1
    rc=$?
    cat "$work/$leg-sdk.log"
    sdk_counts=$(grep -E 'tests passed, [0-9]+ tests failed out of' "$work/$leg-sdk.log" |
                 tail -n 1 || true)
    ((rc == 0)) || leg_status=1
    line+="; built against its SDK: ${sdk_counts:-build or ctest FAILED} ($((SECONDS - t1)) s)"
  fi
  line+="; root ${t_root[$leg]} s, leg $((SECONDS - t0)) s"
  ((leg_status == 0)) && line="PASS $line" || line="FAIL $line"
  echo "$line" >"$work/$leg.line"
  return $leg_status
}

# The legs at the same time, each in its own root (on 2 cores the offices of
# two legs overlap well); each one's output is printed when it is done.
declare -A pid
for leg in "${leg_list[@]}"; do
  [[ -n ${root[$leg]} ]] && { run_leg "$leg" >"$work/$leg.out" 2>&1 & pid[$leg]=$!; }
done
summary=()
for leg in "${leg_list[@]}"; do
  if [[ -z ${root[$leg]} ]]; then
    summary+=("FAIL ${label[$leg]}: ROOT NOT AVAILABLE (see above)")
    status=1
    continue
  fi
  wait "${pid[$leg]}" || status=1
  cat "$work/$leg.out"
  summary+=("$(cat "$work/$leg.line" 2>/dev/null || echo "FAIL ${label[$leg]}: no result")")
done

echo "== office matrix summary ($((SECONDS - t_all)) s)"
printf '  %s\n' "${summary[@]}"
exit $status
