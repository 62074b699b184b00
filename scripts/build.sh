#!/usr/bin/env bash
# Builds the release bundle into dist/: index.html, main.js and crash.js, styles, and pkg/ (wasm + its JS glue).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

say "building the release WebAssembly bundle"
wasm-pack --quiet build --target web --release --no-typescript --no-pack --out-dir pkg

say "shrinking with wasm-opt -Oz"
# --converge repeats -Oz while it still shrinks the module (about 1 KB gzipped more than once).
# --low-memory-unused lets wasm-opt fold constant offsets into loads and stores (about 2 KB): it
# assumes no access reaches the lowest 1 KB of memory by wrapping around 2^32, which Rust's
# pointers never do (the stack sits below the data and only grows into that 1 KB when it is all
# but exhausted).
wasm-opt -Oz --converge --low-memory-unused --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-multivalue --enable-mutable-globals \
  pkg/redeneerlijn_bg.wasm -o pkg/redeneerlijn_bg.wasm

say "minifying the JS glue with terser"
# wasm-bindgen writes readable glue; minified it is about 1.8 KB smaller gzipped. Export names and
# the import object's keys (property names) are left as they are, so the module links the same.
terser pkg/redeneerlijn.js --module --compress --mangle -o pkg/redeneerlijn.js

say "assembling dist/"
rm -rf "$DIST"
mkdir -p "$DIST/pkg" "$DIST/styles"
cp index.html favicon.svg "$DIST/"
for script in main.js crash.js; do terser "$script" --module --compress --mangle -o "$DIST/$script"; done
cp pkg/redeneerlijn.js pkg/redeneerlijn_bg.wasm "$DIST/pkg/"
node scripts/minify-css.mjs "$DIST/styles/app.css" styles/tokens.css styles/app.css
node scripts/bundle-css.mjs "$ROOT" "$DIST/styles/vendor.css"
# The examples are static files, fetched when one is opened (see src/samples.rs).
mkdir -p "$DIST/examples"
cp assets/examples/*.json "$DIST/examples/"
bash scripts/size.sh
