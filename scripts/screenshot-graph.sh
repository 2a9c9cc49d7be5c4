#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Renders every golden pipeline's stage graph to PNG for a visual check against
# shared/docs/diagrams/*.png, and (with --update-reference) rewrites the screenshot test's
# reference images from a real X window (Xvfb).
# Usage: scripts/screenshot-graph.sh [--update-reference] [OUT_DIR] (default: $BUILD_DIR/graph-screenshots)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
update=0
if [ "${1:-}" = "--update-reference" ]; then
    update=1
    shift
fi
out=${1:-$build/graph-screenshots}
shared=$root/../shared
[ -d "$shared/golden" ] || shared=$root/tests/data
mkdir -p "$out"
for file in "$shared"/golden/*/*/rendered/pipeline-*.json; do
    case_dir=$(basename "$(dirname "$(dirname "$file")")")
    flow=$(basename "$(dirname "$(dirname "$(dirname "$file")")")")
    name="$flow-$case_dir-$(basename "$file" .json)"
    "$build/app/foremast-designer" render "$file" --out "$out/$name.png" --scale 2 2>/dev/null || true
done
echo "screenshot-graph: PNGs in $out"
if [ "$update" = 1 ]; then
    FD_UPDATE_REFERENCE=1 xvfb-run -a -s "-screen 0 1600x1200x24" "$build/tests/widgets/tst_graphscreenshot"
    echo "screenshot-graph: look at $root/tests/widgets/reference/*.png before committing them"
fi
