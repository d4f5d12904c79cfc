# Shared helpers of scripts/run.sh and scripts/test.sh (sourced, not run).
# Installs what SpecDesk needs on a fresh Debian/Ubuntu machine, skipping what is already there.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/specdesk/target}"

section() {
  printf '\n==== %s ====\n' "$*"
}

# Run as root directly, else through sudo (asking for a password only on a terminal).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif [ -t 0 ]; then
    sudo "$@"
  else
    sudo -n "$@"
  fi
}

APT_UPDATED=0

# apt_install PKG...: install the Debian packages that are not installed yet.
apt_install() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "system packages: all present ($*)"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing packages ${missing[*]} and no apt-get to install them" >&2
    return 1
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    APT_UPDATED=1
  fi
  echo "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# What building the Tauri app needs (WebKitGTK 4.1 and friends).
APP_PACKAGES=(build-essential pkg-config curl file libwebkit2gtk-4.1-dev librsvg2-dev libxdo-dev libgtk-3-dev)

# Node.js 20.19+ and npm (Vite 8 needs them). Debian's own nodejs is the fallback.
require_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  local version major minor
  version="$(node --version | sed 's/^v//')"
  major="${version%%.*}"
  minor="$(echo "$version" | cut -d. -f2)"
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    echo "error: Node.js $version is too old; SpecDesk's UI needs Node.js 20.19 or newer" >&2
    return 1
  fi
  echo "node $(node --version), npm $(npm --version)"
}

require_cargo() {
  if ! command -v cargo >/dev/null 2>&1; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then
      export PATH="$HOME/.cargo/bin:$PATH"
    else
      echo "error: cargo not found; install Rust (rustup) first" >&2
      return 1
    fi
  fi
  cargo --version
}

# Install the UI's npm packages exactly as locked and build it into ui/dist.
build_ui() {
  (
    cd "$ROOT/ui"
    npm ci --no-audit --no-fund
    npm run build
  )
}
