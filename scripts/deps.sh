#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Todoku needs, and only those that are missing.
#   scripts/deps.sh build   to build and run the app
#   scripts/deps.sh test    the above plus what the test suite runs against (named, xvfb, python3-dkim, …)
#   scripts/deps.sh bench   the above plus the peers the benchmarks compare with
#   scripts/deps.sh screenshots   build packages plus Xvfb and the screenshot tools
set -euo pipefail

BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    libssl-dev libc-ares-dev libpsl-dev publicsuffix
    fonts-noto-cjk
)
TEST_PACKAGES=(
    bind9 bind9-utils python3 python3-yaml python3-dkim python3-authres python3-dnspython
    opendkim-tools rspamd openssl xvfb xauth clang libclang-rt-14-dev clang-format
)
BENCH_PACKAGES=(python3-spf spfquery opendkim-tools iproute2)
SCREENSHOT_PACKAGES=(xvfb xauth imagemagick x11-apps xdotool)

case "${1:-build}" in
    build) wanted=("${BUILD_PACKAGES[@]}") ;;
    test) wanted=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}") ;;
    bench) wanted=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${BENCH_PACKAGES[@]}") ;;
    screenshots) wanted=("${BUILD_PACKAGES[@]}" "${SCREENSHOT_PACKAGES[@]}") ;;
    *) echo "usage: $0 build|test|bench|screenshots" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo: missing ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
