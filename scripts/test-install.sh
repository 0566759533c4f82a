#!/usr/bin/env bash
# The install test: builds the Debian package (Release, in build/, the directory scripts/run.sh
# uses), checks its metadata and contents, installs it with dpkg on a throwaway copy of this
# system, runs scripts/install-checks.sh there from the installed paths only, and removes it again.
#   scripts/test-install.sh [--host]
# SPOKEWISE_PACKAGE_BUILD_DIR=DIR builds in DIR instead of build/ (it is configured the same way).
# The throwaway root is an overlay of / (writes go to a tmpfs) entered with unshare + chroot, with
# the source and build trees hidden under empty tmpfs mounts; it needs root. Where mounting is not
# allowed (an unprivileged container), or with --host, the package is installed on this machine
# instead, the checks run from / with a clean environment, and `dpkg -r` removes it afterwards.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SPOKEWISE_PACKAGE_BUILD_DIR:-$root/build}
mode=overlay
# ccache: paths relative to the checkout, so another clone (CI's) reuses this machine's compiler cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
[[ ${1:-} == --host ]] && mode=host

step() { printf '\n==== test-install.sh: %s (%ss)\n' "$*" "$SECONDS"; }
fail() { echo "test-install.sh: FAILED: $*" >&2; exit 1; }

if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
    command -v sudo >/dev/null || fail "installing a package needs root (or sudo)"
else
    sudo=()
fi

step "dependencies"
bash "$root/scripts/setup-deps.sh"

step "Release build in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPOKEWISE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"

step "packages (cpack -G DEB and TGZ)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "no project version in $build/CMakeCache.txt"
rm -f "$build"/spokewise_*.deb "$build"/spokewise-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
deb=$build/spokewise_${version}_amd64.deb
tgz=$build/spokewise-$version-Linux-x86_64.tar.gz
[[ -f $deb ]] || fail "cpack made no $deb"
[[ -f $tgz ]] || fail "cpack made no $tgz"
ls -l "$deb" "$tgz"

step "package metadata and contents"
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends Recommends
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6gui6 libqt6core6 libqt6svg6 qt6-qpa-plugins libstdc++6; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
[[ $(dpkg-deb -f "$deb" Section) == net ]] || fail "Section is not net"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version is not $version"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/spokewise ./usr/bin/spokewise-cli ./usr/share/applications/io.spokewise.Spokewise.desktop \
    ./usr/share/metainfo/io.spokewise.Spokewise.metainfo.xml ./usr/share/mime/packages/io.spokewise.Spokewise.xml \
    ./usr/share/icons/hicolor/scalable/apps/spokewise.svg ./usr/share/spokewise/examples/hub-spoke-p2s-er.spokewise.json \
    ./usr/share/doc/spokewise/copyright ./usr/share/man/man1/spokewise-cli.1; do
    grep -qx "$path" <<<"$contents" || fail "the package has no $path"
done
tgz_top=spokewise-$version-Linux-x86_64
archive=$(tar -tzf "$tgz")
grep -qx "$tgz_top/bin/spokewise" <<<"$archive" || fail "the archive has no $tgz_top/bin/spokewise"
grep -qx "$tgz_top/share/spokewise/examples/hub-spoke-p2s-er.spokewise.json" <<<"$archive" \
    || fail "the archive has no examples"

checks=$root/scripts/install-checks.sh

# Tries the throwaway root; returns 3 when this machine does not allow the mounts it needs.
install_in_overlay() {
    local tmp
    "${sudo[@]}" unshare --mount true 2>/dev/null || return 3
    tmp=$(mktemp -d /tmp/spokewise-install.XXXXXX)
    "${sudo[@]}" unshare --mount --propagation private bash -s "$tmp" "$deb" "$checks" "$version" "$root" "$build" <<'INNER'
set -euo pipefail
tmp=$1 deb=$2 checks=$3 version=$4 root=$5 build=$6
mount -t tmpfs tmpfs "$tmp" 2>/dev/null || exit 3
mkdir -p "$tmp/upper" "$tmp/work" "$tmp/root"
mount -t overlay overlay -o "lowerdir=/,upperdir=$tmp/upper,workdir=$tmp/work" "$tmp/root" 2>/dev/null || exit 3
new=$tmp/root
mount -t proc proc "$new/proc"
mount --rbind /dev "$new/dev"
mount -t tmpfs tmpfs "$new/tmp"
# Nothing of the source or build tree is visible from the installed system.
for dir in "$root" "$build"; do
    [[ -d $new$dir ]] && mount -t tmpfs tmpfs "$new$dir"
done
cp "$deb" "$checks" "$new/tmp/"
echo "test-install.sh: throwaway root at $new (overlay of /, source tree hidden)"
if chroot "$new" dpkg -s spokewise >/dev/null 2>&1; then
    chroot "$new" dpkg -r spokewise >/dev/null
fi
chroot "$new" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin dpkg -i "/tmp/$(basename "$deb")"
chroot "$new" env -i bash "/tmp/$(basename "$checks")" "$version"
chroot "$new" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin dpkg -r spokewise
[[ ! -e $new/usr/bin/spokewise && ! -e $new/usr/share/applications/io.spokewise.Spokewise.desktop ]] \
    || { echo "test-install.sh: dpkg -r left files behind" >&2; exit 1; }
echo "test-install.sh: removed cleanly"
INNER
    local status=$?
    rmdir "$tmp" 2>/dev/null || true
    return $status
}

install_on_host() {
    if dpkg -s spokewise >/dev/null 2>&1; then
        fail "spokewise is already installed on this machine; remove it first (dpkg -r spokewise) or run as root where a throwaway root can be mounted"
    fi
    trap '"${sudo[@]}" dpkg -r spokewise >/dev/null 2>&1 || true' EXIT
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -i "$deb"
    (cd / && env -i bash "$checks" "$version")
    "${sudo[@]}" dpkg -r spokewise
    trap - EXIT
    [[ ! -e /usr/bin/spokewise ]] || fail "dpkg -r left /usr/bin/spokewise behind"
    echo "test-install.sh: removed cleanly"
}

if [[ $mode == overlay ]]; then
    step "dpkg -i into a throwaway root, checks from the installed paths, dpkg -r"
    set +e
    install_in_overlay
    status=$?
    set -e
    if [[ $status -eq 3 ]]; then
        echo "test-install.sh: cannot mount a throwaway root here; installing on this machine instead"
        mode=host
    elif [[ $status -ne 0 ]]; then
        fail "the install test in the throwaway root (exit $status)"
    fi
fi
if [[ $mode == host ]]; then
    step "dpkg -i on this machine, checks from / with a clean environment, dpkg -r"
    install_on_host
fi

step "install test passed: $(basename "$deb"), $(basename "$tgz")"
