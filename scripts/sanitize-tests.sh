#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer (clang, -O1, its
# own tree, which also holds the fuzz targets) and runs the test suite there. Any sanitizer report fails the test that caused it.
# Only libdbus's known leak (Qt's platform code, not ours) is suppressed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SANITIZE_BUILD_DIR:-$root/build-asan}
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DFD_SANITIZE=ON -DFD_BUILD_FUZZERS=ON -DFD_BUILD_BENCHMARKS=OFF
cmake --build "$build" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export LSAN_OPTIONS=suppressions=$root/scripts/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd "$build"
xvfb-run -a -s "-screen 0 1600x1200x24" ctest --output-on-failure -j2 --timeout 900 "$@"
