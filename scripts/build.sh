#!/usr/bin/env bash
# Builds the release bundle into dist/: index.html, main.js, styles, and pkg/ (wasm + its JS glue).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

say "building the release WebAssembly bundle"
wasm-pack --quiet build --target web --release --no-typescript --no-pack --out-dir pkg

say "shrinking with wasm-opt -Oz"
wasm-opt -Oz --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-multivalue --enable-mutable-globals \
  pkg/redeneerlijn_bg.wasm -o pkg/redeneerlijn_bg.wasm

say "assembling dist/"
rm -rf "$DIST"
mkdir -p "$DIST/pkg" "$DIST/styles"
cp index.html main.js favicon.svg "$DIST/"
cp pkg/redeneerlijn.js pkg/redeneerlijn_bg.wasm "$DIST/pkg/"
cat styles/tokens.css styles/app.css > "$DIST/styles/app.css"
node scripts/bundle-css.mjs "$ROOT" "$DIST/styles/vendor.css"
# The examples are static files, fetched when one is opened (see src/samples.rs).
mkdir -p "$DIST/examples"
cp assets/examples/*.json "$DIST/examples/"
bash scripts/size.sh
