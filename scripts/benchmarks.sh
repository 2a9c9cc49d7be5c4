#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures the command line and the window on stress runways (N envs × M regions) and prints a
# Markdown table: whole-process figures (median of interleaved runs), peak memory, the in-process
# QBENCHMARK figures, and real Foremast on the same runway with the ratio when its source
# (../shared/reference) and python3-jinja2 are there. docs/performance.md explains each figure.
#
# Usage: scripts/benchmarks.sh [--quick] [--runs N]
#   --quick   one run of everything on small runways: proves the benchmarks still work (CI);
#             its figures mean nothing.
# Expects a build in $BUILD_DIR (default ./build); builds one when the programs are missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
runs=9
quick=0
while [ $# -gt 0 ]; do
    case $1 in
        --quick) quick=1; runs=1 ;;
        --runs) runs=$2; shift ;;
        *) echo "usage: $0 [--quick] [--runs N]" >&2; exit 2 ;;
    esac
    shift
done

designer=$build/app/foremast-designer
if [ ! -x "$designer" ] || [ ! -x "$build/tests/benchmarks/bench_generate" ]; then
    "$root/scripts/build.sh" >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---- stress runways ------------------------------------------------------------------------
# The shape of tests/support/LargeRunway.h: every env overrides every region, scaling policies
# from the fourth env on, a completion webhook in dev. The last env is prod (real Foremast has a
# template for no other prod-named env); beyond 12 envs, env1, env2, … come first.
envs_named=(dev qa int test uat perf load demo train stage dr prod)
regions_named=(us-east-1 us-east-2 us-west-1 us-west-2 eu-west-1 eu-central-1 eu-west-2 eu-west-3
               eu-north-1 ap-south-1 ap-northeast-1 ap-southeast-1 ap-southeast-2 ca-central-1 sa-east-1 me-south-1)
stress_runway() { # stress_runway DIR ENVS REGIONS
    local dir=$1 n=$2 m=$3 i env list="" blocks="" asg
    mkdir -p "$dir"
    local names=()
    for ((i = 0; i < n; i++)); do
        if ((i >= n - ${#envs_named[@]})); then names+=("${envs_named[$((i - n + ${#envs_named[@]}))]}")
        else names+=("env$((i + 1))"); fi
    done
    for env in "${names[@]}"; do list+="${list:+, }\"$env\""; done
    for ((i = 0; i < m; i++)); do
        blocks+="${blocks:+, }\"${regions_named[$i]}\": {\"asg\": {\"max_inst\": 6}}"
    done
    printf '{"env": [%s], "owner_email": "team@example.com", "notifications": {"slack": "#deploys", "email": "team@example.com"}}\n' \
        "$list" >"$dir/pipeline.json"
    i=0
    for env in "${names[@]}"; do
        asg='{"min_inst": 2}'
        ((i >= 3)) && asg='{"min_inst": 2, "scaling_policy": {"metric": "CPUUtilization", "threshold": 70}}'
        {
            printf '{"regions": {%s}, "app": {"instance_type": "t3.medium", "custom_tags": {"team": "core"}}, "asg": %s' "$blocks" "$asg"
            [ "$env" = dev ] && printf ', "completion_webhooks": [{"url": "https://hooks.example.com/qa", "name": "Notify QA", "method": "post", "payload": {"text": "deployed"}}]'
            printf '}\n'
        } >"$dir/application-master-$env.json"
        i=$((i + 1))
    done
}

# ---- timing --------------------------------------------------------------------------------
# Wall time from bash's microsecond clock (no extra process in the measured span); peak memory
# from GNU time. Runs of the compared programs alternate, so background load hits both alike.
now_us() { local t=${EPOCHREALTIME/[.,]/}; echo "$t"; }
median() { sort -n | awk '{a[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ms() { awk -v us="$1" 'BEGIN {if (us == "-") print "-"; else printf "%.1f", us / 1000}'; }
peak_mb() { # peak_mb COMMAND… : the command's maximum resident set, in MB (GNU time, package "time")
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true
        awk '{printf "%.1f MB", $1 / 1024}' "$work/rss"
    else echo "-"; fi
}

foremast_src=$root/../shared/reference/foremast-5.15.4
foremast_utils=$root/../shared/reference/foremast-utils
render_foremast=$root/../shared/tools/render_foremast.py
python=/usr/bin/python3
[ -x "$python" ] || python=python3
have_foremast=0
if [ -d "$foremast_src" ] && [ -f "$render_foremast" ] && "$python" -c 'import jinja2' 2>/dev/null; then
    have_foremast=1
fi

ours_generate() { "$designer" generate "$1" --project forrest --repo core --out "$2" >/dev/null 2>&1; }
foremast_generate() {
    "$python" "$render_foremast" --foremast-src "$foremast_src" --foremastutils-src "$foremast_utils" \
        --runway-dir "$1" --project forrest --repo core --out "$2" >/dev/null 2>&1
}
count_stages() {
    cat "$1"/pipeline-*.json | grep -c '"refId"' || true
}

if ((quick)); then shapes=("2 2" "3 2"); else shapes=("3 1" "12 6" "40 12"); fi

echo "## Whole process: \`foremast-designer generate\` (median of $runs interleaved runs, output folder rewritten each run)"
echo
echo "| runway | stages | ours: wall | ours: peak RSS | real Foremast: wall | ratio |"
echo "| --- | --- | --- | --- | --- | --- |"
for shape in "${shapes[@]}"; do
    read -r n m <<<"$shape"
    runway=$work/runway-${n}x$m
    stress_runway "$runway" "$n" "$m"
    out=$work/out-${n}x$m
    fout=$work/foremast-${n}x$m
    ours_generate "$runway" "$out" # warm the page cache, create the folder
    ours=() theirs=()
    for ((r = 0; r < runs; r++)); do
        t0=$(now_us); ours_generate "$runway" "$out"; t1=$(now_us); ours+=($((t1 - t0)))
        if ((have_foremast)) && ((n * m <= 72 || quick)); then
            t0=$(now_us); foremast_generate "$runway" "$fout"; t1=$(now_us); theirs+=($((t1 - t0)))
        fi
    done
    ours_ms=$(ms "$(printf '%s\n' "${ours[@]}" | median)")
    theirs_ms="-" ratio="-"
    if ((${#theirs[@]})); then
        theirs_ms=$(ms "$(printf '%s\n' "${theirs[@]}" | median)")
        ratio=$(awk -v a="$theirs_ms" -v b="$ours_ms" 'BEGIN {printf "%.0f×", a / b}')
    fi
    rss=$(peak_mb "$designer" generate "$runway" --project forrest --repo core --out "$out")
    echo "| ${n} envs × ${m} regions | $(count_stages "$out") | $ours_ms ms | $rss | $theirs_ms ms | $ratio |"
done
echo

# What the process maps: the Core-only command must not load Network, Gui, Widgets or the keychain.
# On Linux the command itself maps no Qt and loads its command line, a module beside it, for
# the verbs (app/Command.cpp): what a verb maps is the module's libraries.
if command -v ldd >/dev/null; then
    cli=$designer
    [ -f "$build/app/foremast-designer-cli.so" ] && cli=$build/app/foremast-designer-cli.so
    libs=$(ldd "$cli" | grep -c '=>' || true)
    qt=$(ldd "$cli" | grep -o 'libQt6[A-Za-z]*' | sort -u | tr '\n' ' ' || true)
    if [ "$cli" = "$designer" ]; then
        echo "\`foremast-designer\` links $libs shared libraries; Qt: ${qt% }."
    else
        own=$(ldd "$designer" | grep -c '=>' || true)
        echo "\`foremast-designer\` links $own shared libraries and no Qt; for the verbs it loads \`foremast-designer-cli.so\`, which links $libs; Qt: ${qt% }."
    fi
    echo
fi

echo "## Other verbs, whole process (median of $runs)"
echo
echo "| command | wall | peak RSS |"
echo "| --- | --- | --- |"
runway=$work/runway-${shapes[1]// /x}
for verb in merged validate; do
    times=()
    for ((r = 0; r < runs; r++)); do
        t0=$(now_us); "$designer" "$verb" "$runway" --project forrest --repo core >/dev/null 2>&1 || true; t1=$(now_us)
        times+=($((t1 - t0)))
    done
    rss=$(peak_mb "$designer" "$verb" "$runway" --project forrest --repo core)
    echo "| \`$verb\` ${shapes[1]/ / envs × } regions | $(ms "$(printf '%s\n' "${times[@]}" | median)") ms | $rss |"
done
if [ -x "$build/app/foremast-designer-gui" ] && [ -x /usr/bin/time ]; then
    # The window on the stress runway: opened offscreen, screenshot taken once shown, then quit.
    rss=$(QT_QPA_PLATFORM=offscreen peak_mb "$designer" "$runway" --project forrest --repo core --screenshot "$work/window.png")
    echo "| window, ${shapes[1]/ / envs × } regions, until its first screenshot | — | $rss |"
fi
echo

# ---- start-up: exec to first paint --------------------------------------------------------
# The designer and a bare QMainWindow (tests/benchmarks/bench_firstpaint_bare, the same size;
# --text adds a menu bar and a label, so it pays for fonts as any window with words does) are
# started as whole processes on one Xvfb server, interleaved, each ending itself at its first
# paint (FD_EXIT_AT_FIRST_PAINT, app/window/FirstPaint.h). Fresh settings: no saved layout,
# no recent runways. `foremast-designer` is what users type (the Core launcher, then the window).
# -noreset: an X server resets itself when its last client leaves, and a client that connects
# meanwhile waits until the reset is over (9-20 ms here, more than the bare window's whole
# start). Every program measured here is the server's only client, so without it each run
# would time the previous run's reset too. A desktop's server always has other clients.
bare=$build/tests/benchmarks/bench_firstpaint_bare
if [ -x "$bare" ] && [ -x "$build/app/foremast-designer-gui" ] && command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1600x1200x24 -nolisten tcp -noreset 3>"$work/display" >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null; rm -rf "$work"' EXIT
    for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
    first_paint() { # first_paint COMMAND… : wall µs from exec to the process ending at first paint
        local t0 t1
        t0=$(now_us)
        DISPLAY=:$(cat "$work/display") QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config FD_EXIT_AT_FIRST_PAINT=1 \
            timeout 20 "$@" >/dev/null 2>&1 || true
        t1=$(now_us)
        echo $((t1 - t0))
    }
    first_paint "$bare" >/dev/null # warm the page cache and the X server
    first_paint "$designer" >/dev/null
    fp_bare=() fp_text=() fp_gui=() fp_cmd=()
    for ((r = 0; r < runs; r++)); do
        fp_bare+=("$(first_paint "$bare")")
        fp_text+=("$(first_paint "$bare" --text)")
        fp_gui+=("$(first_paint "$build/app/foremast-designer-gui")")
        fp_cmd+=("$(first_paint "$designer")")
    done
    b=$(printf '%s\n' "${fp_bare[@]}" | median)
    bt=$(printf '%s\n' "${fp_text[@]}" | median)
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f×", a / b}'; }
    echo "## Start-up: exec to first paint, no runway (median of $runs interleaved runs, Xvfb)"
    echo
    echo "| program | wall | vs bare QMainWindow | vs QMainWindow with text |"
    echo "| --- | --- | --- | --- |"
    echo "| bare \`QMainWindow\` 1500×940 | $(ms "$b") ms | 1.00× | — |"
    echo "| \`QMainWindow\` with a menu bar and a label | $(ms "$bt") ms | $(ratio "$bt" "$b") | 1.00× |"
    g=$(printf '%s\n' "${fp_gui[@]}" | median)
    c=$(printf '%s\n' "${fp_cmd[@]}" | median)
    echo "| \`foremast-designer-gui\` (the window alone) | $(ms "$g") ms | $(ratio "$g" "$b") | $(ratio "$g" "$bt") |"
    echo "| \`foremast-designer\` (launcher, then the window) | $(ms "$c") ms | $(ratio "$c" "$b") | $(ratio "$c" "$bt") |"
    echo
    # The same programs again, each phase timed inside the process by a preloaded probe
    # (tests/benchmarks/startup_probe.cpp): where the time goes, not only how much.
    phases=$build/tests/benchmarks/startup_phases probe=$build/tests/benchmarks/startup_probe.so
    if [ -x "$phases" ] && [ -f "$probe" ]; then
        echo "## Start-up phases, ms from the fork (median of $runs interleaved runs, same Xvfb)"
        echo
        rm -rf "$work/config"
        DISPLAY=:$(cat "$work/display") QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$work/config \
            "$phases" "$runs" "$probe" -- "$bare" -- "$bare" --text -- "$build/app/foremast-designer-gui" -- "$designer"
        echo
    fi
fi

echo "## In process (QBENCHMARK)"
echo
bench() { # bench PROGRAM [FUNCTIONS…]; MEDIAN=N: the median of N runs of each function
    local program=$build/tests/benchmarks/$1
    shift
    [ -x "$program" ] || return 0
    local args=()
    if ((quick)); then args=(-iterations 1); elif [ -n "${MEDIAN:-}" ]; then args=(-median "$MEDIAN"); fi
    QT_QPA_PLATFORM=offscreen "$program" "${args[@]}" "$@" 2>&1 |
        awk -v name="${program##*/}" '/^RESULT : / {sub(/^RESULT : /, ""); sub(/:$/, ""); fn = $0; next}
             fn != "" && /per iteration/ {printf "| `%s` %s | %s %s |\n", name, fn, $1, $2; fn = ""}'
}
echo "| benchmark | per iteration |"
echo "| --- | --- |"
bench bench_generate generate openAndGenerate
bench bench_publish publish
# A window's open or edit is one iteration each (a first open cannot be repeated in one run): the
# median of 7 runs, as #12's targets are medians, not one sample that moves with the machine.
MEDIAN=7 bench bench_window
((quick)) || bench bench_editors
