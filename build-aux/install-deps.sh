#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian/Ubuntu packages Daftar needs to build, run and test.
# Does nothing when they are all present. Uses sudo when not root.
#
#   build-aux/install-deps.sh          build, run and test
#   build-aux/install-deps.sh --ci     also clang, for .ci/run's sanitizers and fuzzers
set -eu

packages="
  gcc meson ninja-build pkg-config gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev libsoup-3.0-dev
  libjson-glib-dev libicu-dev libcsv-dev
  desktop-file-utils appstream libxml2-utils flatpak-builder
  xvfb xauth dbus at-spi2-core tzdata librsvg2-common
  python3-pyatspi gir1.2-atspi-2.0 poppler-utils
"
if [ "${1:-}" = "--ci" ]; then
  packages="$packages clang libclang-rt-14-dev"
fi

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "These packages are missing:$missing" >&2
  echo "Install them with your package manager; this script knows only apt-get." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Missing packages:$missing — run this script as root, or install sudo." >&2
  exit 1
fi

echo "Installing:$missing"
$sudo apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
