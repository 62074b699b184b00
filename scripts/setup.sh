#!/usr/bin/env bash
# Installs what is missing, and nothing else, so a second run does no work.
#   setup.sh build   toolchain to build the release bundle
#   setup.sh test    that, plus the browsers and drivers the tests use
source "$(dirname "$0")/lib.sh"

WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1

need_rust() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
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

need_npm() {
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
