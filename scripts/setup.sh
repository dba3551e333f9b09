#!/usr/bin/env bash
# Installs what Hoist needs to build, run and test on Debian 12. Safe to run again.
set -euo pipefail

packages=(
    build-essential cmake ninja-build clang-format
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-qpa-plugins
    qtkeychain-qt6-dev libgl-dev libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
    desktop-file-utils appstream groff-base man-db lintian
    libsecret-1-0 gnome-keyring dbus dbus-daemon dbus-x11 libsecret-tools
    xvfb xauth fonts-dejavu-core
    python3 python3-flask python3-werkzeug python3-requests nginx-light curl openssl
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi
sudo=""
if [[ $(id -u) != 0 ]]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
