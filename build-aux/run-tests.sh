#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the whole test suite of a build directory. Tests that need a display
# get a virtual one when there is none, and every test gets a D-Bus session.
#
#   build-aux/run-tests.sh BUILDDIR [meson test arguments…]
set -eu
builddir="$1"
shift

set -- meson test -C "$builddir" --print-errorlogs "$@"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  set -- xvfb-run -a -s "-screen 0 1280x800x24" "$@"
fi

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  set -- dbus-run-session -- "$@"
fi

export GSK_RENDERER=cairo
exec "$@"
