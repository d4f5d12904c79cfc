#!/usr/bin/env bash
# The installed package as an ordinary user meets it: build the .deb (scripts/package.sh), check
# it with lintian (no errors allowed), install it, and drive /usr/bin/specdesk as a user who is
# not root (tests/e2e/installed.rs): no argument opens an editable copy of the demo, an edit
# saves, and a repository the user may not write says so before any typing. The package is
# removed again at the end. Needs root (or sudo) for apt and the test user; called by
# scripts/test.sh, or alone: `bash scripts/test-installed.sh`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

if [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then
  if [ -n "${CI:-}" ]; then
    echo "error: the installed-package test needs root or passwordless sudo" >&2
    exit 1
  fi
  echo "skipping the installed-package test: it needs root or passwordless sudo"
  exit 0
fi

started=$(date +%s)
section "Build the .deb"
bash scripts/package.sh
deb=$(ls -t "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb | head -n 1)

section "lintian"
apt_install lintian
lintian --info --fail-on error "$deb"

section "Install $deb"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb"
trap 'as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q spec-desk >/dev/null || true' EXIT
for page in specdesk specdesk-cli specdesk-cli-check; do
  test -s "/usr/share/man/man1/$page.1.gz" || { echo "error: no manual page $page(1)" >&2; exit 1; }
done
/usr/bin/specdesk --version
/usr/bin/specdesk-cli --version

section "End-to-end tests of the installed app, as a non-root user"
user=specdesk-e2e
id "$user" >/dev/null 2>&1 || as_root useradd --create-home --shell /usr/sbin/nologin "$user"
# tauri-driver where the user may run it (cargo installs it in root's home).
bin=$(mktemp -d)
chmod 755 "$bin"
install -m 755 "$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")" "$bin/tauri-driver"
trap 'rm -rf "$bin"; as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q spec-desk >/dev/null || true' EXIT
PATH="$bin:$PATH" SPECDESK_E2E_INSTALLED=1 SPECDESK_E2E_USER="$user" SPECDESK_APP_BINARY=/usr/bin/specdesk \
  cargo test -p specdesk --test e2e installed -- --test-threads=1

section "Installed-package test passed in $(($(date +%s) - started)) s"
