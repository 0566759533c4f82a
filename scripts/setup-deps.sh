#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and run Spokewise.
# Uses sudo when not root; does nothing (and touches no network) when everything is already installed.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config
    # libraries
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 libqt6charts6 qt6-qpa-plugins libgl-dev libqt6opengl6-dev
    nlohmann-json3-dev catch2
    # running and testing without a desktop, reports, schema checks, CJK fonts for zh_CN
    xvfb xauth poppler-utils python3-jsonschema fonts-noto-cjk
    # packaging (cpack's DEB generator with shlibdeps) and the install test's checks
    dpkg-dev file desktop-file-utils appstream shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
    if [[ "$status" != ii* ]]; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup-deps: all ${#packages[@]} Debian packages are installed."
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-deps: apt-get not found; Spokewise's scripts expect Debian 12. Missing: ${missing[*]}" >&2
    exit 1
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup-deps: not root and sudo is not installed; as root run: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    sudo=(sudo)
fi

echo "setup-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
