#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes the user guide's screenshots from the real program in an X window (Xvfb): in English into
# docs/guide/images/ and in German (LANGUAGE=de) into docs/guide/de/images/. Run after UI changes.
# Usage: scripts/screenshot-guide.sh   (needs a build in $BUILD_DIR, default ./build, and xvfb-run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
cmake --build "$build" --target fd_guide_screenshots
tool=$build/tests/i18n/fd_guide_screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # LANGUAGE OUT_DIR PREFIX
    local home=$work/home-$1
    # A fresh copy of the example and fresh settings: default layout, light theme, no recent files.
    rm -rf "$home" && mkdir -p "$home/forrest/core"
    cp -r "$root/resources/examples/forrest-core/." "$home/forrest/core/"
    mkdir -p "$2"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        LANGUAGE="$1" LANG=C.UTF-8 LC_ALL= \
        xvfb-run -a -s "-screen 0 1560x980x24" "$tool" "$2" "$home/forrest/core/runway" "$3"
}
shoot en "$root/docs/guide/images" first-steps
shoot de "$root/docs/guide/de/images" erste-schritte
echo "screenshot-guide: look at docs/guide/images/*.png and docs/guide/de/images/*.png before committing them"
