#!/usr/bin/env bash
# Build SpecDesk's Debian package: `bash scripts/package.sh`.
# Release build of the app (and of specdesk-cli, which the package installs as
# /usr/bin/specdesk-cli), then the Tauri bundler (the @tauri-apps/cli devDependency of ui/).
# Works offline once Cargo's cache and ui/node_modules hold the dependencies: SPECDESK_OFFLINE=1
# makes Cargo refuse the network and reuses ui/node_modules instead of `npm ci`. Prints the path and size of the .deb.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

if [ "${SPECDESK_OFFLINE:-0}" = "1" ]; then
  # Only what Cargo's cache and ui/node_modules already hold.
  export CARGO_NET_OFFLINE=true
fi
# Smaller package: no debug symbols in the release binaries.
export CARGO_PROFILE_RELEASE_STRIP="${CARGO_PROFILE_RELEASE_STRIP:-symbols}"

section "System packages"
apt_install "${APP_PACKAGES[@]}"
require_node
require_cargo

section "User interface (ui/)"
if [ "${SPECDESK_OFFLINE:-0}" = "1" ] && [ -x ui/node_modules/.bin/tauri ]; then
  (cd ui && npm run build)
else
  build_ui
fi

section "specdesk-cli (release)"
cargo build --release -p specdesk-cli
CLI="$CARGO_TARGET_DIR/release/specdesk-cli"

section "SpecDesk .deb (release build + bundle)"
# The CLI goes into the package through a config overlay, so a plain `tauri build` (without
# the CLI built first) still works.
overlay=$(mktemp --suffix=.json)
trap 'rm -f "$overlay"' EXIT
printf '{"bundle":{"linux":{"deb":{"files":{"/usr/bin/specdesk-cli":"%s"}}}}}\n' "$CLI" >"$overlay"
ui/node_modules/.bin/tauri build --ci --bundles deb --config "$overlay"

deb=$(ls -t "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb | head -n 1)
section "Done"
echo "$deb ($(du -h "$deb" | cut -f1))"
echo "install with: sudo apt install $deb"
