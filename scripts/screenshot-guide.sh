#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes the user guide's screenshots from the real program in an X window (Xvfb): in English into
# docs/guide/images/ and in German (LANGUAGE=de) into docs/guide/de/images/. Run after UI changes.
# The example is opened from a fresh copy at /home/you/src/core/runway (scripts/neutral-home.sh),
# so the status bar shows a path like a user's, not this machine's.
# Usage: scripts/screenshot-guide.sh   (needs a build in $BUILD_DIR, default ./build, and xvfb-run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
cmake --build "$build" --target fd_guide_screenshots
tool=$build/tests/i18n/fd_guide_screenshots

shoot() { # LANGUAGE OUT_DIR PREFIX
    mkdir -p "$2"
    # A fresh copy of the example and fresh settings: default layout, light theme, no recent files.
    LANGUAGE="$1" LANG=C.UTF-8 LC_ALL= "$root/scripts/neutral-home.sh" bash -c '
        set -euo pipefail
        mkdir -p "$HOME/src/core"
        cp -r "$1/resources/examples/forrest-core/." "$HOME/src/core/"
        xvfb-run -a -s "-screen 0 1560x980x24" "$2" "$3" "$HOME/src/core/runway" "$4"
    ' screenshot-guide "$root" "$tool" "$2" "$3"
}
shoot en "$root/docs/guide/images" first-steps
shoot de "$root/docs/guide/de/images" erste-schritte
echo "screenshot-guide: look at docs/guide/images/*.png and docs/guide/de/images/*.png before committing them"
