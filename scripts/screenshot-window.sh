#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes the README's screenshot: the designer on the bundled example, in a real X window (Xvfb).
# Usage: scripts/screenshot-window.sh [OUT.png] (default docs/images/main-window.png)
#        THEME=dark scripts/screenshot-window.sh docs/images/main-window-dark.png
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
out=${1:-$root/docs/images/main-window.png}
mkdir -p "$(dirname "$out")"
home=$(mktemp -d)   # fresh settings: default window layout
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/app/foremast-designer" --theme "${THEME:-light}" --screenshot "$out" "$root/resources/examples/forrest-core/runway"
