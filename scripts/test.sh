#!/usr/bin/env bash
# Run every test of SpecDesk on a Debian/Ubuntu machine: `bash scripts/test.sh`.
# Installs what is missing (system packages incl. Xvfb and WebKitWebDriver, tauri-driver, the
# UI's npm packages), builds the UI, then runs the UI unit tests (vitest) and all Rust tests,
# the end-to-end tests of the real app included. Non-interactive; CARGO_TARGET_DIR defaults to
# ~/.cache/specdesk/target.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
export CI="${CI:-true}"

section "System packages"
# python3 + python3-yaml: spec-kit's own template resolver (bash that runs Python with PyYAML),
# which crates/specdesk-core/tests/template_speckit_parity.rs compares SpecDesk's with.
apt_install "${APP_PACKAGES[@]}" xvfb webkit2gtk-driver imagemagick python3 python3-yaml
require_node
require_cargo

section "tauri-driver"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if command -v tauri-driver >/dev/null 2>&1; then
  echo "found $(command -v tauri-driver)"
else
  cargo install tauri-driver --locked
fi

section "User interface: install and build (ui/)"
build_ui

section "User interface: type check (svelte-check) and unit tests (vitest)"
(cd ui && NO_COLOR=1 npm run check && NO_COLOR=1 npm test)

section "Rust: all crates and the end-to-end tests (target: $CARGO_TARGET_DIR)"
# The end-to-end tests take turns on a lock of their own (they share a display and WebDriver), so
# the other tests still run in parallel.
cargo test --workspace --no-fail-fast

section "The installed package, as a user who is not root"
# Everything it builds from was installed above: package without network.
SPECDESK_OFFLINE=1 bash scripts/test-installed.sh

section "All tests passed"
