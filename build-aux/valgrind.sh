#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the core test suite under valgrind memcheck: any memory error, or a
# definite leak, fails the run. GLib's own caches are "still reachable" or
# "possibly lost" and are not counted.
#
#   build-aux/valgrind.sh [BUILDDIR] [meson test arguments…]
set -eu
cd "$(dirname "$0")/.."
builddir="${1:-_build}"
[ $# -gt 0 ] && shift

export G_SLICE=always-malloc
export G_DEBUG=gc-friendly
exec meson test -C "$builddir" --suite core --print-errorlogs --timeout-multiplier 10 \
  --wrap "valgrind --tool=memcheck --error-exitcode=1 --leak-check=full \
          --show-leak-kinds=definite --errors-for-leak-kinds=definite \
          --suppressions=$(pwd)/build-aux/valgrind.supp --num-callers=30 --quiet" "$@"
