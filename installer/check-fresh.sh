#!/usr/bin/env bash
# The README's test command on a fresh Debian 12: a `debootstrap --variant=minbase bookworm` root,
# the project cloned into it (its committed HEAD) with the shared data beside it as ../shared, and
# `./installer/bootstrap.sh test` run inside as root with a clean environment. Proves that
# bootstrap installs everything the build and the tests need; a package that only this machine
# happens to have fails here.
#   installer/check-fresh.sh [--keep] [ctest options]
# Slow (the whole Qt tool chain is downloaded and the project built cold, about half an hour on two
# cores): run it before resolving an issue that touches the build, not in every CI run.
# Needs root and debootstrap (apt-get install debootstrap). MIRROR=URL picks the Debian mirror
# (default: debootstrap's own); SHARED=DIR the shared data (default: ../shared beside the project);
# FRESH_DIR=DIR where the root is made (default: a new directory under /var/tmp), removed at the
# end unless --keep.
set -euo pipefail

keep=0
if [ "${1:-}" = --keep ]; then
    keep=1
    shift
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "check-fresh.sh needs root (debootstrap, chroot, mount)" >&2
    exit 2
fi
if ! command -v debootstrap >/dev/null; then
    echo "debootstrap is missing: apt-get install debootstrap" >&2
    exit 2
fi

project=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${SHARED:-$project/../shared}
if [ ! -d "$shared/data" ]; then
    echo "no shared data at $shared (set SHARED=DIR)" >&2
    exit 2
fi
shared=$(cd "$shared" && pwd)
root=${FRESH_DIR:-$(mktemp -d /var/tmp/autocoin-fresh.XXXXXX)}
mkdir -p "$root"
root=$(cd "$root" && pwd)
if [ "$root" = / ]; then
    echo "refusing to use / as the fresh root" >&2
    exit 2
fi
# The root directory becomes the chroot's /, which is 0755 root:root on every real system. mktemp -d
# makes it 0700: then no user but root can reach a single file in it — the postgres user could not
# run initdb (the test fixture failed in 0.4 s), nor man-db and apt's _apt their programs.
chown root:root "$root"
chmod 0755 "$root"

mounted=()
cleanup() {
    local status=$? i
    # Unmount in reverse order; never delete a tree that still has something mounted in it.
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" || true
    done
    if grep -q " $root/" /proc/mounts; then
        echo "check-fresh: something is still mounted under $root; not removing it" >&2
    elif [ "$keep" -eq 0 ]; then
        rm -rf --one-file-system "$root"
    else
        echo "check-fresh: root kept at $root"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
stage() { printf '==> [%4ds] %s\n' $((SECONDS - started)) "$*"; }

stage "debootstrap --variant=minbase bookworm into $root"
# shellcheck disable=SC2086 # MIRROR is one word or none
debootstrap --variant=minbase bookworm "$root" ${MIRROR:-} >"$root.debootstrap.log" 2>&1 || {
    tail -n 30 "$root.debootstrap.log" >&2
    exit 1
}
rm -f "$root.debootstrap.log"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# As in container images: package scripts do not start services (PostgreSQL's default cluster) in
# the root; the tests start the servers they need themselves.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# The kernel file systems a booted Debian 12 has. The host's /dev is bound without its sub-mounts,
# so /dev/shm (a tmpfs of mode 1777 on a real system) would be a plain root-only directory: it gets
# its own tmpfs (non-root programs such as PostgreSQL make their POSIX shared memory there). The
# binds are made slaves so that nothing mounted inside them propagates back to the host's /dev.
for fs in proc sys dev dev/pts dev/shm; do
    case $fs in
    proc) mount -t proc proc "$root/proc" ;;
    sys) mount -t sysfs sysfs "$root/sys" ;;
    dev) mount --bind /dev "$root/dev" ;;
    dev/pts) mount --bind /dev/pts "$root/dev/pts" ;;
    dev/shm) mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm" ;;
    esac
    mounted+=("$root/$fs")
    case $fs in dev | dev/pts) mount --make-rslave "$root/$fs" ;; esac
done
# Fail here, with the reason, if an ordinary user cannot run programs or write where a real
# system lets it (the root's mode, /tmp, /dev/shm), rather than in a test much later.
if ! chroot "$root" /usr/sbin/runuser -u nobody -- /bin/sh -c \
    'for d in /tmp /dev/shm; do f=$d/check-fresh.$$ && : >"$f" && rm -f "$f" || exit 1; done'; then
    echo "check-fresh: in the root, user nobody cannot run programs or write in /tmp and /dev/shm" >&2
    exit 1
fi

stage "cloning $project (HEAD $(git -C "$project" rev-parse --short HEAD)) and copying $shared"
mkdir -p "$root/src"
git clone --quiet --no-hardlinks "$project" "$root/src/autocoin"
cp -a "$shared" "$root/src/shared"

stage "chroot: ./installer/bootstrap.sh test $*"
set +e
chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c 'cd /src/autocoin && ./installer/bootstrap.sh test "$@"' bootstrap "$@"
status=$?
set -e
if [ "$status" -eq 0 ]; then
    stage "PASSED: the README's test command passes in a fresh Debian 12 root"
else
    stage "FAILED (exit $status): the README's test command in a fresh Debian 12 root"
fi
exit "$status"
