#!/usr/bin/env bash
# The test command: install what the tests need, then run every check. Runs all steps even when one
# fails, prints a summary and exits non-zero if any step failed.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

bash scripts/setup.sh test

# Browsers leave files in the temporary folder when their driver stops them (Chromium's singleton
# socket folders under wasm-bindgen-test's runner): the run gets a folder of its own, removed at the end.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"

passed=()
failed=()
step() {
  local name="$1"
  shift
  say "$name"
  local start=$SECONDS
  if "$@"; then
    passed+=("$name")
    echo "PASS  $name ($((SECONDS - start)) s)"
  else
    failed+=("$name")
    echo "FAIL  $name ($((SECONDS - start)) s)"
  fi
}

step "format (cargo fmt --check)" cargo fmt --all -- --check
step "lint native (cargo clippy)" cargo clippy --all-targets -- -D warnings
step "lint wasm32 (cargo clippy)" cargo clippy --target wasm32-unknown-unknown --lib --test web -- -D warnings
step "native tests (cargo test)" cargo test
step "browser tests in Chromium (wasm-bindgen-test)" \
  wasm-pack test --headless --chrome --chromedriver "$(command -v chromedriver)" -- --test web
step "browser tests in Firefox (wasm-bindgen-test)" \
  wasm-pack test --headless --firefox --geckodriver "$(command -v geckodriver)" -- --test web
if step "release bundle (scripts/build.sh)" bash scripts/build.sh; then
  step "end-to-end tests (playwright-core, geckodriver, WebKitWebDriver)" \
    node --test --test-concurrency=1 tests/e2e/*.test.mjs
else
  failed+=("end-to-end tests (no bundle to test)")
fi

echo
say "summary"
for name in "${passed[@]}"; do echo "  ok      $name"; done
for name in "${failed[@]+"${failed[@]}"}"; do echo "  FAILED  $name"; done
echo "summary: ${#passed[@]} passed, ${#failed[@]} failed"
[ ${#failed[@]} -eq 0 ]
