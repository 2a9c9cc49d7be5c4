#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# run-validator.sh PACKAGE TOOL [ARGS...]: runs TOOL ARGS, or says which Debian package to install
# and exits 77, CTest's skip code for these tests, when TOOL is not on the PATH.
package=$1
tool=$2
shift 2
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (Debian package $package)"
    exit 77
fi
exec "$tool" "$@"
