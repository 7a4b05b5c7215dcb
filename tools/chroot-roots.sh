# shellcheck shell=bash
# Isolated Debian roots for testing ortijd against other LibreOffice versions
# (sourced by tools/office-matrix.sh and tests/matrix/test-install-deps.sh).
#
# A root is a debootstrap (minbase) of one Debian suite plus a package list,
# kept under $ORTIJD_ROOTS_DIR (default /var/cache/ortijd-roots, outside the
# work tree so that fresh clones reuse it):
#
#   NAME/                 the root, taken for good only when
#   NAME/.ortijd-root     holds the recipe it was made with (suite, mirror,
#                         packages, ROOTS_FORMAT) and the quick validation
#                         passes; a recipe that differs only in its packages
#                         still takes the root: the packages it lacks are
#                         added (none is ever removed) and the file is left
#                         as it is, so lists old and new share one root
#   NAME.lock             flock: exclusive while creating, shared while used
#   NAME.log              log of the last creation
#   .NAME.new.PID/        a root being created; renamed to NAME only when
#                         complete, removed on failure (or by the next
#                         creation if the creating process was killed)
#
# Nothing here touches the host's packages. Every mount (proc, dev, a tmpfs
# on /tmp, the repository read-only) is made in a private mount and PID
# namespace (unshare): when the command ends, or is killed, the kernel kills
# what is left inside and drops every mount, so no mount can leak. The EXIT
# trap still removes a half-made root.
#
# Needs root, debootstrap, wget (a dependency of debootstrap), unshare and
# flock (util-linux), chroot (coreutils).

ROOTS_FORMAT=1
ORTIJD_ROOTS_DIR=${ORTIJD_ROOTS_DIR:-/var/cache/ortijd-roots}
ORTIJD_DEBIAN_MIRROR=${ORTIJD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
ORTIJD_DEBIAN_SECURITY=${ORTIJD_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}

roots_die() { echo "roots: $*" >&2; exit 1; }
roots_say() { echo "roots: $*" >&2; }

roots_check_host() {
  ((EUID == 0)) || roots_die "needs root (debootstrap, chroot, mounts)"
  local t missing=()
  for t in debootstrap wget unshare flock chroot; do
    command -v "$t" >/dev/null 2>&1 || missing+=("$t")
  done
  ((${#missing[@]} == 0)) ||
    roots_die "missing ${missing[*]} (bash tools/install-deps.sh --matrix installs debootstrap)"
  mkdir -p "$ORTIJD_ROOTS_DIR" || roots_die "cannot create $ORTIJD_ROOTS_DIR"
}

# The apt sources of a root: the suite and its security suite (the versions
# users run). Backports suites are written as "SUITE-backports".
roots_sources() { # SUITE
  local suite=$1
  echo "deb $ORTIJD_DEBIAN_MIRROR $suite main"
  case $suite in
    *-backports) ;;
    *) echo "deb $ORTIJD_DEBIAN_SECURITY $suite-security main" ;;
  esac
}

# Runs a command in ROOT with proc, dev, dev/pts, a fresh tmpfs on /dev/shm
# and /tmp, and (when REPO is set) the repository bind-mounted read-only at
# the same path, all in a private mount + PID namespace.
#   roots_run ROOT [--net-files] [--repo DIR] [--bind-rw SRC DST] -- CMD...
roots_run() {
  local root=$1; shift
  local repo="" net=0 binds=()
  while (($#)); do
    case $1 in
      --repo) repo=$2; shift 2 ;;
      --net-files) net=1; shift ;;
      --bind-rw) binds+=("$2" "$3"); shift 3 ;;
      --) shift; break ;;
      *) roots_die "roots_run: bad option $1" ;;
    esac
  done
  unshare --mount --pid --fork --propagation private -- bash -c '
    set -e
    root=$1 repo=$2 net=$3 nb=$4; shift 4
    binds=("${@:1:nb}"); shift "$nb"
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/tmp"
    if [[ $net == 1 && -r /etc/resolv.conf ]]; then
      cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    fi
    if [[ -n $repo ]]; then
      mkdir -p "$root$repo"
      mount --bind "$repo" "$root$repo"
      mount -o remount,bind,ro "$root$repo"
    fi
    for ((i = 0; i < ${#binds[@]}; i += 2)); do
      mkdir -p "$root${binds[i+1]}"
      mount --bind "${binds[i]}" "$root${binds[i+1]}"
    done
    set +e
    # Not exec: this bash stays PID 1 of the namespace and reaps orphans;
    # when it exits the kernel kills whatever the command left running.
    chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
    exit $?
  ' roots-ns "$root" "$repo" "$net" "${#binds[@]}" "${binds[@]}" "$@"
}

# Cheap checks that a root is complete and usable: an office, the test
# user, no half-configured package, and the UNO bridge when it is wanted.
roots_validate() { # ROOT PACKAGES
  local root=$1 packages=" $2 " py=true
  [[ -x $root/usr/lib/libreoffice/program/soffice ]] || return 1
  [[ $packages == *" python3-uno "* ]] && py='python3 -c "import uno"'
  [[ $packages == *" python3-pytest "* ]] && py="$py && python3 -c 'import pytest'"
  roots_run "$root" -- /bin/sh -c \
    "$py && id ortijd-lo >/dev/null && test -z \"\$(dpkg --audit)\"" >/dev/null 2>&1
}

# Removes a root directory (refuses if anything is mounted below it).
roots_remove() { # DIR
  local dir=$1
  [[ -e $dir ]] || return 0
  if awk -v d="$dir/" 'index($5 "/", d) == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo; then
    roots_say "something is mounted below $dir; not removing it"
    return 1
  fi
  rm -rf --one-file-system "$dir"
}

# Installs into an existing ROOT those of PACKAGES it lacks (apt-get
# --no-remove: never removes one; one dpkg-query when none is missing); logs
# to LOG. Returns non-zero on failure (the root is then recreated).
roots_add_packages() { # ROOT PACKAGES LOG
  local root=$1 packages=$2 log=$3 p installed missing=()
  # shellcheck disable=SC2086
  installed=" $(roots_run "$root" -- dpkg-query -W -f='${db:Status-Status}:${Package} ' \
                $packages 2>/dev/null) "
  for p in $packages; do
    [[ $installed == *" installed:$p "* ]] || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  roots_say "adding ${missing[*]} to $root (log: $log)"
  roots_run "$root" --net-files -- /bin/sh -c "
       set -e
       apt-get update -q
       apt-get install -y -q --no-remove ${missing[*]}
       apt-get clean
       rm -rf /var/lib/apt/lists/*_Packages* 2>/dev/null || true
     " >>"$log" 2>&1 || { tail -n 15 "$log" >&2; roots_say "adding ${missing[*]} failed"; return 1; }
}

_roots_creating=""
_roots_cleanup() {
  if [[ -n $_roots_creating ]]; then
    roots_say "creation interrupted; removing $_roots_creating"
    roots_remove "$_roots_creating" || true
    _roots_creating=""
  fi
}

# Makes sure root NAME exists for SUITE with PACKAGES and prints its path.
# Reuses it when its recipe matches and it validates; otherwise creates it
# under an exclusive lock (other runs wait). Exits non-zero with a message
# naming what is missing when it cannot.
#   roots_ensure NAME SUITE "PACKAGES" [SETUP-COMMAND]
# SETUP-COMMAND (optional) runs inside the new root after the packages.
roots_ensure() {
  local name=$1 suite=$2 packages=$3 setup=${4:-}
  local dir=$ORTIJD_ROOTS_DIR/$name lock=$ORTIJD_ROOTS_DIR/$name.lock
  local log=$ORTIJD_ROOTS_DIR/$name.log
  local recipe
  recipe=$(printf 'format=%s\nsuite=%s\nmirror=%s\nsecurity=%s\npackages=%s\nsetup=%s\n' \
    "$ROOTS_FORMAT" "$suite" "$ORTIJD_DEBIAN_MIRROR" "$ORTIJD_DEBIAN_SECURITY" \
    "$packages" "$setup")
  local fd
  exec {fd}>"$lock" || roots_die "cannot open $lock"
  flock -w 3600 -x "$fd" || roots_die "timed out waiting for $lock"

  # The same recipe, but for the packages (the ones the root lacks are added).
  if [[ -f $dir/.ortijd-root &&
        "$(grep -v '^packages=' "$dir/.ortijd-root")" == "$(grep -v '^packages=' <<<"$recipe")" ]] &&
     roots_add_packages "$dir" "$packages" "$log" && roots_validate "$dir" "$packages"; then
    roots_say "reusing $dir ($suite)"
    flock -u "$fd"; exec {fd}>&-
    echo "$dir"
    return 0
  fi
  [[ -e $dir ]] && roots_say "$dir is stale or incomplete: recreating it"

  # Left-overs of killed creations, and the stale root itself.
  local old
  for old in "$ORTIJD_ROOTS_DIR/.$name.new."* "$ORTIJD_ROOTS_DIR/.$name.old."*; do
    [[ -e $old ]] && { roots_remove "$old" || roots_die "cannot remove $old"; }
  done

  local base=${suite%-backports}
  if ! wget -q -T 20 -t 2 -O /dev/null "$ORTIJD_DEBIAN_MIRROR/dists/$base/InRelease"; then
    roots_die "cannot reach $ORTIJD_DEBIAN_MIRROR/dists/$base/InRelease: no network, or Debian has no suite '$base' there (set ORTIJD_DEBIAN_MIRROR)"
  fi

  local new=$ORTIJD_ROOTS_DIR/.$name.new.$$ t0=$SECONDS
  _roots_creating=$new
  trap _roots_cleanup EXIT
  trap 'exit 130' INT TERM
  roots_say "creating $dir: debootstrap --variant=minbase $base, then $packages (log: $log)"
  : >"$log"
  # debootstrap mounts proc/sys in the target itself: do it in a private
  # mount namespace so nothing stays mounted if it is killed.
  if ! unshare --mount --propagation private -- \
       debootstrap --variant=minbase --components=main "$base" "$new" "$ORTIJD_DEBIAN_MIRROR" \
       >>"$log" 2>&1; then
    tail -n 15 "$log" >&2
    roots_die "debootstrap of Debian '$base' from $ORTIJD_DEBIAN_MIRROR failed (log: $log)"
  fi
  roots_sources "$base" >"$new/etc/apt/sources.list"
  [[ $suite == *-backports ]] && roots_sources "$suite" >>"$new/etc/apt/sources.list"
  cat >"$new/etc/apt/apt.conf.d/90ortijd" <<'EOF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
Acquire::Check-Valid-Until "false";
Dpkg::Use-Pty "false";
EOF
  # No daemons may start inside the root.
  printf '#!/bin/sh\nexit 101\n' >"$new/usr/sbin/policy-rc.d"
  chmod 755 "$new/usr/sbin/policy-rc.d"
  local target=()
  [[ $suite == *-backports ]] && target=(-t "$suite")
  # shellcheck disable=SC2086
  if ! roots_run "$new" --net-files -- /bin/sh -c "
       set -e
       apt-get update -q
       apt-get install -y -q ${target[*]} $packages
       useradd --system --user-group --no-create-home --home-dir /nonexistent \
               --shell /usr/sbin/nologin ortijd-lo
       ${setup:-true}
       apt-get clean
       rm -rf /var/lib/apt/lists/*_Packages* /var/lib/apt/lists/*_Packages.lz4 2>/dev/null || true
     " >>"$log" 2>&1; then
    tail -n 25 "$log" >&2
    roots_die "installing '$packages' into the Debian '$suite' root failed (log: $log)"
  fi
  printf '%s\n' "$recipe" >"$new/.ortijd-root"
  roots_validate "$new" "$packages" || roots_die "the new $suite root does not validate (log: $log)"
  if [[ -e $dir ]]; then
    mv "$dir" "$ORTIJD_ROOTS_DIR/.$name.old.$$"
    roots_remove "$ORTIJD_ROOTS_DIR/.$name.old.$$" || true
  fi
  mv "$new" "$dir"
  _roots_creating=""
  trap - EXIT INT TERM
  roots_say "created $dir in $((SECONDS - t0)) s"
  flock -u "$fd"; exec {fd}>&-
  echo "$dir"
}

# Takes a shared lock on root NAME for the rest of the calling shell (so no
# other run recreates it meanwhile).
roots_hold() { # NAME
  local fd
  exec {fd}>"$ORTIJD_ROOTS_DIR/$1.lock"
  flock -w 3600 -s "$fd" || roots_die "timed out waiting for $ORTIJD_ROOTS_DIR/$1.lock"
}
