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
# dpkg-dev: dpkg-shlibdeps (the shared-library dependencies); python3: the copyright file.
apt_install "${APP_PACKAGES[@]}" dpkg-dev python3
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

section "SpecDesk (release build)"
ui/node_modules/.bin/tauri build --ci --no-bundle
APP="$CARGO_TARGET_DIR/release/specdesk"

# In /usr/share/doc/spec-desk/, the package's name (the bundler's own changelog option puts it under
# the product name, where dpkg and lintian do not look).
section "Package metadata: copyright, changelog, manual pages, dependencies"
meta=$(mktemp -d)
trap 'rm -rf "$meta"' EXIT
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
changelog_version=$(sed -n '1s/^spec-desk (\([^)]*\)).*/\1/p' packaging/changelog)
if [ "$version" != "$changelog_version" ]; then
  echo "error: packaging/changelog's latest entry is $changelog_version, the package is $version" >&2
  exit 1
fi
python3 packaging/copyright.py >"$meta/copyright"
gzip -9n <packaging/changelog >"$meta/changelog.gz"
for page in packaging/man/*.1; do
  gzip -9n <"$page" >"$meta/$(basename "$page").gz"
done
# The libraries both programs link, with the versions their symbols need, as Debian computes
# them (dpkg-shlibdeps reads a debian/control of its own).
mkdir -p "$meta/shlibs/debian"
printf 'Source: specdesk\n\nPackage: specdesk\nArchitecture: any\n' >"$meta/shlibs/debian/control"
depends=$(cd "$meta/shlibs" && dpkg-shlibdeps -O "$APP" "$CLI" | sed -n 's/^shlibs:Depends=//p')
echo "depends: $depends"
python3 - "$meta" "$CLI" "$depends" >"$meta/overlay.json" <<'PY'
import json, pathlib, sys
meta, cli, depends = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
files = {
    "/usr/bin/specdesk-cli": cli,
    "/usr/share/doc/spec-desk/copyright": str(meta / "copyright"),
    "/usr/share/doc/spec-desk/changelog.gz": str(meta / "changelog.gz"),
    "/usr/share/lintian/overrides/spec-desk": "packaging/lintian-overrides",
}
for page in sorted(meta.glob("*.1.gz")):
    files[f"/usr/share/man/man1/{page.name}"] = str(page)
deb = {"files": files, "depends": [d.strip() for d in depends.split(",") if d.strip()]}
print(json.dumps({"bundle": {"linux": {"deb": deb}}}, indent=2))
PY

section "SpecDesk .deb (bundle)"
# The CLI and the metadata go into the package through a config overlay, so a plain
# `tauri build` (without them) still works.
ui/node_modules/.bin/tauri bundle --ci --bundles deb --config "$meta/overlay.json"

deb=$(ls -t "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb | head -n 1)
section "Done"
echo "$deb ($(du -h "$deb" | cut -f1))"
echo "install with: sudo apt install $deb"
