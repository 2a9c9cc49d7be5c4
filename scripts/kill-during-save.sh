#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The kill-during-save trial: a runway is saved over and over (every file gets a new generation
# number each time) and killed with SIGKILL at a random moment, TRIALS times. After each kill
# the runway is opened again (which finishes or undoes the interrupted save) and every file must
# be valid and hold the same generation. Usage: scripts/kill-during-save.sh SAVE_TRIAL [TRIALS]
# (SAVE_TRIAL is the save_trial program built under tests/model).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
trial=$1
trials=${2:-200}
shared=$root/../shared
[ -d "$shared/golden" ] || shared=$root/tests/data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$shared/golden/foremast-v5/03-dev-stage-prod-features/runway/"*.json "$work/"
"$trial" save "$work" 0 & pid=$!; sleep 0.2; kill -9 $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
"$trial" check "$work" >/dev/null || true # a first, consistent generation
recovered=0
for i in $(seq 1 "$trials"); do
    "$trial" save "$work" $((i * 1000)) & pid=$!
    sleep "0.0$(( RANDOM % 90 + 10 ))"
    kill -9 $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    if ! result=$("$trial" check "$work"); then
        echo "kill-during-save: trial $i left an inconsistent runway:" >&2
        echo "$result" >&2
        ls -la "$work" >&2
        exit 1
    fi
    grep -q '^recovered:' <<<"$result" && recovered=$((recovered + 1))
done
echo "kill-during-save: $trials trials, every runway consistent ($recovered interrupted saves finished or undone on open)"
