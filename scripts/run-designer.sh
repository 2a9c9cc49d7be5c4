#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the dependencies, builds, and opens the designer on the bundled example runway.
# Without a display the window cannot open: the script then runs the headless demo instead,
# writing the example's pipelines and stage graphs into $FD_DEMO_OUT or a new temporary folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
designer=$build/app/foremast-designer
example=$root/resources/examples/forrest-core/runway
case "$(uname -s)" in
    Linux|*BSD) [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && display=1 || display=0 ;;
    *) display=1 ;;
esac
if [ "$display" = 1 ]; then
    exec "$designer" "$example" "$@"
fi
out=${FD_DEMO_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/foremast-designer-demo.XXXXXX")}
echo "No display (DISPLAY and WAYLAND_DISPLAY are unset), so the designer window cannot open."
echo "Running the headless demo instead: foremast-designer demo $example --out $out"
"$designer" demo "$example" --out "$out" "$@"
echo
echo "The example's pipelines and stage graphs are in $out:"
ls -1 "$out"
echo "Open the graph-*.png files in an image viewer, or run this script on a machine with a display."
