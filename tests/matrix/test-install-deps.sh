#!/usr/bin/env bash
# Tests tools/install-deps.sh on a desktop-like Debian 12 that has the GUI
# libreoffice-calc installed (which conflicts with libreoffice-calc-nogui):
#
#   1. no network: install-deps exits non-zero, names the cause, installs
#      nothing;
#   2. a suite missing from apt's sources (the office "came from" a suite
#      apt no longer knows): same;
#   3. --dry-run prints apt's simulation (no Remv, no downgrade) and changes
#      nothing;
#   4. the real run: afterwards libreoffice-calc is still installed in the
#      same version and no package was removed or downgraded; a second run
#      prints one line and changes nothing;
#   5. the project builds there and its ctest passes (unit and integration
#      tests, against the GUI Calc, without valgrind).
#
# The Debian 12 + libreoffice-calc root is cached like the matrix roots
# (tools/chroot-roots.sh, name ortijd-bookworm-gui); every run works on a
# throwaway overlay of it (upper layer on a tmpfs), so the cached root stays
# as it was and nothing is left behind. Needs root, debootstrap and the
# network (Debian's mirror).
#
# Usage: bash tests/matrix/test-install-deps.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tools/chroot-roots.sh
source "$repo/tools/chroot-roots.sh"
export LC_ALL=C

if [[ ${1:-} != --inner ]]; then
roots_check_host

t0=$SECONDS
base=$(roots_ensure ortijd-bookworm-gui bookworm \
  "libreoffice-calc fonts-dejavu-core fonts-liberation2") || exit 1
t_root=$((SECONDS - t0))
roots_hold ortijd-bookworm-gui

# The checks run in a private mount namespace on an overlay of the root.
rc=0
unshare --mount --propagation private -- bash "$0" --inner "$base" || rc=$?
echo "# test-install-deps: root ${t_root} s, total $((SECONDS - t0)) s"
exit $rc
fi

# --inner BASE-ROOT
base=$2
scratch=$(mktemp -d /tmp/ortijd-deps-test.XXXXXX)
trap 'umount -l "$scratch/root" 2>/dev/null; umount -l "$scratch" 2>/dev/null; rmdir "$scratch" 2>/dev/null || true' EXIT
mount -t tmpfs -o size=8g tmpfs "$scratch"
mkdir -p "$scratch/upper" "$scratch/work" "$scratch/root"
mount -t overlay overlay -o "lowerdir=$base,upperdir=$scratch/upper,workdir=$scratch/work" "$scratch/root"
root=$scratch/root
pass=0 fail=0
check() { # DESCRIPTION COMMAND...
  local d=$1; shift
  if "$@"; then echo "ok   $d"; pass=$((pass + 1)); else echo "FAIL $d"; fail=$((fail + 1)); fi
}
inroot() { roots_run "$root" --net-files --repo "$repo" -- "$@"; }
pkgs() { inroot dpkg-query -W -f='${db:Status-Status} ${Package} ${Version}\n' | awk '$1=="installed"{print $2, $3}' | sort; }

before=$(pkgs)
calc_before=$(awk '$1=="libreoffice-calc"{print $2}' <<<"$before")
echo "# root: Debian $(cat "$root/etc/debian_version"), libreoffice-calc $calc_before"

# 1. No network: a network namespace with no interface at all.
out=$(unshare --net -- bash -c 'source "$1/tools/chroot-roots.sh"; roots_run "$2" --repo "$1" -- bash "$1/tools/install-deps.sh"' net "$repo" "$root" 2>&1) && rc=0 || rc=$?
echo "$out" | sed 's/^/    | /' | tail -n 4
check "no network: exits non-zero" test "$rc" -ne 0
check "no network: says so" grep -q "no network" <<<"$out"
check "no network: nothing installed" test "$(pkgs)" == "$before"

# 2. The installed office's suite is missing from apt's sources.
cp "$root/etc/apt/sources.list" "$scratch/sources.list"
echo "deb $ORTIJD_DEBIAN_MIRROR bookworm-backports main" >"$root/etc/apt/sources.list"
out=$(inroot bash "$repo/tools/install-deps.sh" 2>&1) && rc=0 || rc=$?
echo "$out" | sed 's/^/    | /' | tail -n 3
check "missing suite: exits non-zero" test "$rc" -ne 0
check "missing suite: names the office and what to do" grep -q "is in none of apt's sources" <<<"$out"
check "missing suite: nothing installed" test "$(pkgs)" == "$before"
cp "$scratch/sources.list" "$root/etc/apt/sources.list"

# 3. Dry run: the plan and apt's simulation.
out=$(inroot bash "$repo/tools/install-deps.sh" --dry-run 2>&1) && rc=0 || rc=$?
echo "$out" | grep -vE '^(Inst|Conf) ' | sed 's/^/    | /'
echo "    | ($(grep -c '^Inst ' <<<"$out") Inst lines, $(grep -c '^Remv ' <<<"$out" || true) Remv lines)"
echo "$out" >/tmp/ortijd-install-deps-simulation.txt
check "dry run: exits 0" test "$rc" -eq 0
check "dry run: simulation has no Remv" bash -c '! grep -q "^Remv " /tmp/ortijd-install-deps-simulation.txt'
check "dry run: keeps the GUI Calc (no libreoffice-calc-nogui)" bash -c '! grep -q "^Inst libreoffice-calc-nogui" /tmp/ortijd-install-deps-simulation.txt'
check "dry run: nothing installed" test "$(pkgs)" == "$before"

# 4. The real run, then once more.
t=$SECONDS
out=$(inroot bash "$repo/tools/install-deps.sh" 2>&1) && rc=0 || rc=$?
echo "$out" | sed 's/^/    | /'
echo "# install-deps took $((SECONDS - t)) s"
after=$(pkgs)
check "install: exits 0" test "$rc" -eq 0
check "install: libreoffice-calc $calc_before still installed" \
  test "$(awk '$1=="libreoffice-calc"{print $2}' <<<"$after")" == "$calc_before"
removed=$(join -v1 <(echo "$before") <(echo "$after") | head -n 5)
check "install: no package removed${removed:+ ($removed)}" test -z "$removed"
changed=$(join <(echo "$before") <(echo "$after") | awk '$2 != $3' | head -n 5)
check "install: no installed package changed version${changed:+ ($changed)}" test -z "$changed"
out=$(inroot bash "$repo/tools/install-deps.sh" 2>&1) && rc=0 || rc=$?
echo "$out" | sed 's/^/    | /'
check "second run: one line, nothing to do" test "$rc" -eq 0 -a "$(wc -l <<<"$out")" -eq 1
check "second run: all present" grep -q "packages present" <<<"$out"

# 5. Build and test there.
t=$SECONDS
inroot bash -c '
  set -e
  b=/tmp/build
  cmake -S "$1" -B $b -DCMAKE_BUILD_TYPE=RelWithDebInfo >/tmp/cmake.log 2>&1 || { cat /tmp/cmake.log; exit 1; }
  cmake --build $b -j "$(nproc)" >/tmp/build.log 2>&1 || { tail -n 40 /tmp/build.log; exit 1; }
  ctest --test-dir $b --output-on-failure -LE valgrind
' build "$repo" >"$scratch/ctest.log" 2>&1 && rc=0 || rc=$?
grep -E 'tests passed|tests failed|\*\*\*Failed|Not Run|Timeout' "$scratch/ctest.log" | sed 's/^/    | /' || true
((rc == 0)) || tail -n 60 "$scratch/ctest.log"
echo "# build and ctest took $((SECONDS - t)) s"
check "the project builds and its ctest passes (unit + integration, GUI Calc)" test "$rc" -eq 0

echo "install-deps: $pass passed, $fail failed"
((fail == 0))
