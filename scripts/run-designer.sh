#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the dependencies, builds, and opens the designer on the bundled example runway.
# Without a display the designer says so and writes the example's pipelines and graphs instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "$build/app/foremast-designer" "$root/resources/examples/forrest-core/runway" "$@"
