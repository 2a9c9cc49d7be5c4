#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb from a finished build folder, installs it on this system the way a user would
# (`apt-get install ./foremast-designer_….deb`, its dependencies from Debian), and runs the installed
# program: --version, a headless generate and a validate of the bundled example, German help under
# LANGUAGE=de. Fails when the package description leaves out a verb the program has.
# Usage: scripts/check-deb-install.sh [BUILD_DIR]   (root or sudo; removes the package afterwards)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-${BUILD_DIR:-$root/build}}" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

fail() { echo "check-deb-install: FAIL: $*" >&2; exit 1; }
say() { echo "check-deb-install: $*"; }

# cpack's DEB generator needs dpkg-shlibdeps (dpkg-dev) and file to compute the Depends line.
need=()
for p in dpkg-dev file; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

cmake --build "$build" --target foremast-designer
rm -f "$build"/foremast-designer_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/foremast-designer_*.deb)
say "built $(basename "$deb")"

# Every verb the program knows is named in the package description.
description=$(dpkg-deb -f "$deb" Description)
# The program's --help lists them from the same table that runs them.
verbs=$(LANGUAGE=en "$build/app/foremast-designer" --help | sed -n 's/^Commands ([^)]*): \(.*\)\.$/\1/p' | tr -d ',')
[ -n "$verbs" ] || fail "could not list the verbs"
for verb in $verbs; do
    grep -qw -- "$verb" <<<"$description" || fail "the package description does not name the verb $verb"
done

work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq foremast-designer >/dev/null 2>&1 || true
}
trap cleanup EXIT
cp "$deb" "$work/"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$work/$(basename "$deb")"
exe=/usr/bin/foremast-designer
[ -x "$exe" ] || fail "$exe is not installed"
# The command maps no Qt; its command line is a module beside the window (app/Command.cpp).
[ -f /usr/libexec/foremast-designer/foremast-designer-cli.so ] || fail "the command-line module is not installed"
if ldd "$exe" | grep -q libQt6; then fail "$exe maps Qt: $(ldd "$exe" | grep libQt6)"; fi

cd "$work"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
version=$("$exe" --version)
grep -q "foremast-designer $(dpkg-deb -f "$deb" Version)" <<<"$version" || fail "--version printed: $version"
say "$version"

example=/usr/share/foremast-designer/examples/forrest-core/runway
[ -f "$example/pipeline.json" ] || fail "the example runway is not installed at $example"
"$exe" generate "$example" --out "$work/out" || fail "generate of the example failed"
count=$(ls "$work"/out/pipeline-*.json 2>/dev/null | wc -l)
[ "$count" -gt 0 ] || fail "generate wrote no pipeline"
say "generate wrote $count pipeline(s)"
"$exe" validate "$example" || fail "validate of the example found errors"

# The window's executable leaves Gate and the keychain to a module beside it, loaded on first use;
# `publish --keychain` runs there (nothing listens on port 1: exit 5, Gate unreachable).
[ -f /usr/libexec/foremast-designer/foremast-designer-gate.so ] || fail "the Gate module is not installed beside the window"
rc=0
"$exe" publish "$example" --keychain --gate http://127.0.0.1:1 >/dev/null 2>"$work/publish.err" || rc=$?
[ "$rc" -eq 5 ] || fail "publish --keychain through the Gate module exited $rc: $(cat "$work/publish.err")"
say "the Gate module loads (publish --keychain)"

# Translations ship inside the program; Qt's own come from qt6-translations-l10n (Recommends).
help_de=$(LANGUAGE=de LANG=C.UTF-8 "$exe" validate --help)
grep -q "Optionen:" <<<"$help_de" || fail "LANGUAGE=de gives no German help: $help_de"
grep -q "Prüft eine Runway" <<<"$help_de" || fail "LANGUAGE=de gives no German description: $help_de"
say "installed package works (version, generate, validate, German help)"
