#!/usr/bin/env bash
# The run command: install what is missing, build the release bundle, serve it on 127.0.0.1:8080.
source "$(dirname "$0")/lib.sh"
bash "$ROOT/scripts/setup.sh" build
bash "$ROOT/scripts/build.sh"
exec node "$ROOT/scripts/serve.mjs" "$DIST" "${PORT:-8080}"
