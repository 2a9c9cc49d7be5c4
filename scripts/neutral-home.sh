#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a command with HOME=/home/you, an empty folder that exists only for that command, so that
# the documentation's screenshots show a path like a user's checkout (/home/you/src/core/runway)
# instead of this machine's. The command gets a private mount namespace (unshare from
# util-linux, no root needed): a scratch /home that still holds every real /home/* folder, so
# builds and outputs under /home keep working. Nothing outside is changed.
# Usage: scripts/neutral-home.sh COMMAND [ARGS…]
# Where user namespaces are not allowed it runs COMMAND with HOME in a temporary folder instead
# (and says so): the screenshots then show that folder's path.
set -euo pipefail

if [[ ${FD_NEUTRAL_HOME_INSIDE:-} != 1 ]]; then
    if unshare --user --map-root-user --mount true 2>/dev/null; then
        FD_NEUTRAL_HOME_INSIDE=1 exec unshare --user --map-root-user --mount "$0" "$@"
    fi
    echo "neutral-home: no private mount namespace here (unshare refused); HOME is a temporary folder" >&2
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" "$@"
    exit
fi

real=$(mktemp -d)
mount --rbind /home "$real"
mount -t tmpfs -o mode=755 tmpfs /home
for folder in "$real"/*; do
    [[ -d $folder ]] || continue
    mkdir "/home/${folder##*/}"
    mount --rbind "$folder" "/home/${folder##*/}"
done
home=/home/you
mkdir -p "$home"
status=0
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" "$@" || status=$?
{ umount --recursive --lazy "$real" && rmdir "$real"; } 2>/dev/null || true
exit "$status"
