#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# README command (2): install what is missing, build, and run every test through ctest.
# .ci/run calls exactly this.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/ensure-build.sh"
build_dir="${SECURE_HANDOVER_BUILD_DIR:-$top/build}"
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)"
