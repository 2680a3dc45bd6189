#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# README command (1): install what is missing, build, and run the main job.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/ensure-build.sh"
build_dir="${SECURE_HANDOVER_BUILD_DIR:-$top/build}"

# Main job: the baseline handover scenario (scheme none, no security signalling). One MN hands
# over 9 times around 802.11 -> 802.16 -> Ethernet -> 802.11 while a 20 ms / 160-byte CBR flow
# runs from the correspondent node; the latency table goes to stdout, one row per handover to
# results/quickstart/handovers.csv and the statistics to results/quickstart/summary.json.
cli="$build_dir/secure-handover"
# The main job: what security costs. Every scheme runs the same scripted handovers over 802.11,
# 802.16 and Ethernet, three seeds each, pooled with confidence intervals into sweep.csv.
schemes=none,mis-optimized,mis-full,reactive-full,fmipv6-open,fmipv6-hk,fmipv6-hk-reactive
schemes=$schemes,dot16-counter-tek,dot16-legacy-tek,dot16-reuse-tek
echo "== secure-handover sweep: every scheme, links wifi,wimax,csma, 9 handovers, 3 runs"
"$cli" sweep --links wifi,wimax,csma --handovers 9 --interval 2 --vary scheme=$schemes \
    --runs 3 --out "$top/results/quickstart"
# 802.16 BS-to-BS handovers with the MS one CMAC_KEY_COUNT ahead: the target BS self-synchronises.
echo "== secure-handover run --scheme dot16-counter-tek --links wimax,wimax --ckc-skew 1"
"$cli" run --scheme dot16-counter-tek --links wimax,wimax --handovers 6 --interval 2 --ckc-skew 1 \
    --out "$top/results/quickstart/dot16-skew"
echo "== secure-handover vectors dot16-keys (IEEE 802.16 key chain, published vector D1)"
"$cli" vectors dot16-keys \
    --msk d15887db8e5c55502cf7e518c621aa87be93c4941909f8538c49f75e2ea40861a190fd3ad8fc3039af5572ddf43ce2ccb56bf2f1862c2aac724c20db437d62ad \
    --msmac 00ED04A5105B --bsid 0000BB020003 --pmk-sn 0 --cmac-key-count 0
