#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: install missing Debian packages (the list is
# scripts/packages.txt), configure with a preset and build with all cores.
set -euo pipefail

CASCADE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CASCADE_PRESET="${CASCADE_PRESET:-dev}"

cascade_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

cascade_install_packages() {
  local wanted missing=()
  mapfile -t wanted < <(grep -v -E '^\s*(#|$)' "$CASCADE_ROOT/scripts/packages.txt")
  for p in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing packages: ${missing[*]}"
    cascade_sudo apt-get update -qq
    cascade_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

cascade_build() {
  local dir
  case "$CASCADE_PRESET" in # the binaryDir of each preset in CMakePresets.json
    dev) dir="$CASCADE_ROOT/build" ;;
    dev-asan) dir="$CASCADE_ROOT/build-asan" ;;
    ci) dir="$CASCADE_ROOT/build-ci" ;;
    *) echo "scripts: unknown CASCADE_PRESET '$CASCADE_PRESET' (dev, dev-asan or ci)" >&2; return 2 ;;
  esac
  # Quiet, but for whether the real-data importer tests are in (tests/CMakeLists.txt).
  cmake --preset "$CASCADE_PRESET" -S "$CASCADE_ROOT" | { grep -E '^-- Real-data' || true; }
  # CASCADE_BUILD_TARGETS (space separated): build only these instead of everything.
  local targets=()
  [ -n "${CASCADE_BUILD_TARGETS:-}" ] && for t in $CASCADE_BUILD_TARGETS; do targets+=(--target "$t"); done
  cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}" "$@"
  CASCADE_BUILD_DIR="$dir"
}
