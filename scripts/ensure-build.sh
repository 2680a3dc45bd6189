#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Shared first half of scripts/quickstart.sh and scripts/test.sh: install whatever Debian
# packages are missing, configure once, and build incrementally into build/.
# Quick when nothing changed: dpkg is queried, apt is not touched, ninja finds no work.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="${SECURE_HANDOVER_BUILD_DIR:-$top/build}"

# Debian 12 packages. libns3-dev's CMake package names the include and library paths of
# libgsl-dev, libsqlite3-dev, libxml2-dev and libpython3.11-dev, and the helper programs of
# package ns3 (/usr/libexec/ns3), without depending on them.
packages=(
    libns3-dev ns3 libgsl-dev libsqlite3-dev libxml2-dev libpython3-dev
    libssl-dev libboost-program-options-dev nlohmann-json3-dev
    cmake ninja-build g++ pkg-config tshark
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    echo "secure-handover: installing missing Debian packages: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "secure-handover: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo_cmd=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S "$top" -B "$build_dir" -G Ninja
fi
cmake --build "$build_dir" -j "$(nproc)"
