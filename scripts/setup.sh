#!/usr/bin/env bash
# Installs what is missing, and nothing else, so a second run does no work.
#   setup.sh build   toolchain to build the release bundle
#   setup.sh test    that, plus the browsers and drivers the tests use
source "$(dirname "$0")/lib.sh"

WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1

need_rust() {
  if ! command -v rustup >/dev/null; then
    # rustup's own installer, from the host rustup itself downloads toolchains from.
    say "installing Rust (rustup, stable toolchain)"
    local dir
    dir="$(mktemp -d)"
    # The installer must be called rustup-init: it chooses what to do by its own name.
    curl --proto '=https' --tlsv1.2 -sSf -o "$dir/rustup-init" \
      "https://static.rust-lang.org/rustup/dist/$(uname -m)-unknown-linux-gnu/rustup-init"
    chmod +x "$dir/rustup-init"
    "$dir/rustup-init" -y -q --profile minimal --no-modify-path
    rm -rf "$dir"
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding $component"
      rustup component add "$component"
    fi
  done
}

need_wasm_pack() {
  if ! wasm-pack --version 2>/dev/null | grep -q .; then
    say "installing wasm-pack $WASM_PACK_VERSION"
    cargo install wasm-pack --version "$WASM_PACK_VERSION"
  fi
}

need_wasm_bindgen() {
  local want
  want="$(locked_wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want"; then
    say "installing wasm-bindgen-cli $want (the version in Cargo.lock)"
    # No --locked: the CLI's own lock file pins a yanked crate.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

need_node() {
  # Debian 12's own nodejs is 18, too old for the test runner's options: a newer Node.js must be there.
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -lt 20 ] || ! command -v npm >/dev/null; then
    echo "Node.js 20 or newer with npm is needed (found: $(node --version 2>/dev/null || echo none))" >&2
    exit 1
  fi
}

need_npm() {
  need_node
  # node_modules/.package-lock.json is written by npm ci; newer than package-lock.json means up to date.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
    [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm packages"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

need_apt() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
  fi
}

need_geckodriver() {
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver $GECKODRIVER_VERSION"
    cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

case "${1:-build}" in
  build)
    need_rust; need_wasm_pack; need_wasm_bindgen; need_npm ;;
  test)
    need_rust; need_wasm_pack; need_wasm_bindgen; need_npm; need_apt; need_geckodriver ;;
  *)
    echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac
