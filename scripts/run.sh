#!/usr/bin/env bash
# Build and start SpecDesk on a Debian/Ubuntu machine: `bash scripts/run.sh [REPO]`.
# Installs what is missing (system packages with apt, the UI's npm packages), builds the UI and
# runs the app on REPO (default: the bundled demo repository).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# A path given by the caller is relative to where they are, not to the checkout.
if [ $# -ge 1 ]; then
  REPO="$(realpath -m -- "$1")"
else
  REPO="examples/demo-repo"
fi
cd "$ROOT"

section "System packages"
apt_install "${APP_PACKAGES[@]}"
require_node
require_cargo

section "User interface (ui/)"
build_ui

section "SpecDesk on $REPO"
cargo run --bin specdesk -- "$REPO"
