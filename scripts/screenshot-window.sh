#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes the README's screenshot: the designer on the bundled example, in a real X window (Xvfb).
# The example is opened from a fresh copy at /home/you/src/core/runway (scripts/neutral-home.sh),
# so the status bar shows a path like a user's, not this machine's.
# Usage: scripts/screenshot-window.sh [OUT.png] (default docs/images/main-window.png)
#        THEME=dark scripts/screenshot-window.sh docs/images/main-window-dark.png
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
out=${1:-$root/docs/images/main-window.png}
mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
# Fresh settings (default window layout) and a fresh copy of the example in the scratch home.
"$root/scripts/neutral-home.sh" bash -c '
    set -euo pipefail
    mkdir -p "$HOME/src/core"
    cp -r "$1/resources/examples/forrest-core/." "$HOME/src/core/"
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$2/app/foremast-designer" --theme "$3" --screenshot "$4" "$HOME/src/core/runway"
' screenshot-window "$root" "$build" "${THEME:-light}" "$out"
