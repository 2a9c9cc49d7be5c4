#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets (clang, AddressSanitizer + UndefinedBehaviorSanitizer) and runs
# each for SECONDS (default 600), seeded from the golden cases. Any crash, leak, sanitizer report
# or input slower than 1 s stops that target and fails the script; the input is left in
# $FUZZ_DIR/<target>/crash-* (turn it into a regression test).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]    (targets: runway flow flowblob spinconfig ini pipeline gateresponse save)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(runway flow flowblob spinconfig ini pipeline gateresponse save)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
work=${FUZZ_DIR:-$build/fuzz-work}
shared=$root/../shared
[ -d "$shared/golden" ] || shared=$root/tests/data

if [ -f "$build/CMakeCache.txt" ]; then # e.g. scripts/sanitize-tests.sh's tree: keep its flags
    cmake -S "$root" -B "$build" -DFD_BUILD_FUZZERS=ON -DFD_SANITIZE=ON >/dev/null
else
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFD_BUILD_FUZZERS=ON -DFD_SANITIZE=ON -DFD_BUILD_BENCHMARKS=OFF -DFD_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")

seed() { # seed TARGET NAME < bytes
    mkdir -p "$work/$1/seeds"
    cat > "$work/$1/seeds/$2"
}
rs=$'\x1e'
n=0
for runway in "$shared"/golden/*/*/runway; do
    n=$((n + 1))
    envs=("$runway"/application-master-*.json)
    { cat "$runway/pipeline.json"; for f in "${envs[@]:0:2}"; do printf '%s' "$rs"; cat "$f"; done; } | seed runway "case$n"
    for f in "${envs[@]}"; do { printf '\003'; cat "$f"; } | seed save "case$n-$(basename "$f")"; done
    for f in "$runway"/../rendered/pipeline*.json; do
        [ -f "$f" ] || continue
        seed pipeline "case$n-$(basename "$f")" < "$f"
        { printf '\x64\x08application/json\n'; cat "$f"; } | seed gateresponse "case$n-$(basename "$f")"
    done
    [ -f "$runway/../foremast.cfg" ] && seed ini "case$n.cfg" < "$runway/../foremast.cfg"
done
for f in "$root"/resources/flows/*.json; do seed flow "$(basename "$f")" < "$f"; done
# The built-in flows' precompiled content (the header is made again by the target).
for f in "$build"/model/generator/flows/*.flowc; do [ -f "$f" ] && tail -c +33 "$f" | seed flowblob "$(basename "$f")"; done
printf '{{ app.name | upper }}\n' | seed flow expression
printf 'env.name == "prod"\n' | seed flow condition
find "$shared/fixtures" -name '*.cfg' | while read -r f; do seed ini "fixture-$(basename "$(dirname "$f")").cfg" < "$f"; done
printf 'gate:\n  endpoint: https://gate.example.com:8084\nauth:\n  enabled: true\n  basic:\n    username: me\n    password: $FUZZ_SECRET\n' | seed spinconfig basic
printf 'auth:\n  enabled: true\n  x509:\n    certPath: ~/c.pem\n    keyPath: "~/k.pem"\n    key: |\n      abc\n  oauth2:\n    cachedToken: {access_token: t, refresh_token: r}\n' | seed spinconfig x509
printf -- '---\ngate: {endpoint: "http://${FUZZ_SECRET}:8084"}\nlist:\n  - a\n  - b: >-\n      folded\n...\n' | seed spinconfig flow
printf '\xc8\x00application/json\n{"message": "x", "status": 500}' | seed gateresponse error
printf '\x84\x08text/html\n<html>login</html>' | seed gateresponse login

status=0
for t in "${targets[@]}"; do
    mkdir -p "$work/$t/corpus"
    echo "fuzz: $t for ${seconds}s"
    log="$work/$t/log.txt"
    if ( cd "$work/$t" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
           "$build/fuzz/fuzz_$t" corpus seeds -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 \
           -max_len=65536 -print_final_stats=1 ) >"$log" 2>&1; then
        echo "fuzz: $t: $(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}') executions, no finding"
    else
        echo "fuzz: $t FAILED; see $log and $work/$t/crash-*" >&2
        tail -40 "$log" >&2
        status=1
    fi
done
exit $status
