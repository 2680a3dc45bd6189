#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# README command (1): install what is missing, build, and run the main job.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/ensure-build.sh"
build_dir="${SECURE_HANDOVER_BUILD_DIR:-$top/build}"

# Main job (until the scenario runner exists): derive the published 802.16 key chain (D1 of
# doc/, from vectors-802.16.txt) and a counter-based TEK with the vectors tool.
cli="$build_dir/secure-handover"
echo "== secure-handover vectors dot16-keys (IEEE 802.16 key chain, published vector D1)"
"$cli" vectors dot16-keys \
    --msk d15887db8e5c55502cf7e518c621aa87be93c4941909f8538c49f75e2ea40861a190fd3ad8fc3039af5572ddf43ce2ccb56bf2f1862c2aac724c20db437d62ad \
    --msmac 00ED04A5105B --bsid 0000BB020003 --pmk-sn 0 --cmac-key-count 0
echo "== secure-handover vectors tek (counter-based TEK0 at CMAC_KEY_COUNT 1, SAID 0x2c01)"
"$cli" vectors tek --kek e09389b8f3391dfec8a99af41da147b9 --cmac-key-count 1 --said 0x2c01 --index 0
