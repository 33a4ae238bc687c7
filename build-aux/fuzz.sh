#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets with clang, ASan and UBSan in _build-fuzz and
# runs each for SECONDS (default 60) from its seed corpus in tests/fuzz/corpus.
# New inputs go to a scratch corpus; a crash leaves its input in
# _build-fuzz/findings/ and fails the script.
#
#   build-aux/fuzz.sh [SECONDS]
#
# FUZZ_TARGETS runs only the targets it names, e.g. FUZZ_TARGETS=fuzz-json.
# FUZZ_SEED fixes libFuzzer's seed, as .ci/run does so that a gate doesn't turn red
# on a new random path; without it every run explores anew.
set -eu
cd "$(dirname "$0")/.."

seconds="${1:-60}"
builddir="${FUZZ_BUILDDIR:-_build-fuzz}"

if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" -Dfuzzing=true -Db_lundef=false --buildtype=debugoptimized
fi
meson compile -C "$builddir" tests/fuzz/fuzz-money tests/fuzz/fuzz-duration tests/fuzz/fuzz-dates \
  tests/fuzz/fuzz-market tests/fuzz/fuzz-json tests/fuzz/fuzz-import-csv tests/fuzz/fuzz-import-detect \
  tests/fuzz/fuzz-import-formats

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export G_DEBUG=fatal-criticals

mkdir -p "$builddir/findings"
status=0
targets="${FUZZ_TARGETS:-fuzz-money fuzz-duration fuzz-dates fuzz-market fuzz-json fuzz-import-csv fuzz-import-detect fuzz-import-formats}"
for target in $targets; do
  scratch="$builddir/corpus/$target"
  # Amounts, durations and dates are short; market data, JSON and imported files are documents.
  max_len=256
  case "$target" in fuzz-market|fuzz-json|fuzz-import-*) max_len=4096 ;; esac
  mkdir -p "$scratch"
  echo "=== $target, $seconds s"
  if ! "$builddir/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" \
       ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
       -timeout=10 -print_final_stats=1 \
       -artifact_prefix="$builddir/findings/$target-" \
       "$scratch" "tests/fuzz/corpus/$target"; then
    echo "$target: FINDING, see $builddir/findings/" >&2
    status=1
  fi
done
exit $status
