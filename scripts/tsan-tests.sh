#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the tests that run code on more than one thread with ThreadSanitizer (clang, -O1, its own
# tree) and runs them. Qt itself is not instrumented, so only reports in our code count; a report
# fails the test (halt_on_error); scripts/tsan.supp lists the reports inside Qt that are left out.
# Pipeline types that start Python (manual, through QProcess) are left out: ThreadSanitizer's
# runtime stops on an internal CHECK after that fork. Usage: scripts/tsan-tests.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TSAN_BUILD_DIR:-$root/build-tsan}
targets=(tst_parallelregions tst_merged tst_generateverbs)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g -fsanitize=thread" -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread \
    -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread -DFD_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$root/scripts/tsan.supp"
export FD_UNDER_TSAN=1 QT_QPA_PLATFORM=offscreen
cd "$build"
./tests/generator/tst_parallelregions
./tests/model/tst_merged twoThreadsMergeAlike
./tests/generator/tst_generateverbs generateWritesGoldenFiles generateRefusesRunwayWithErrors generateUsageErrors \
    generateWithExistingSubnetsAndSettings validateExitCodes validatePipelineFile
