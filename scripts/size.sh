#!/usr/bin/env bash
# Prints the transfer size of the bundle in dist/: raw and gzipped, per file and in total. The app
# itself (html, js, wasm, css) is what every visit downloads; the example files in examples/ are
# fetched only when an example is opened, so they are counted apart.
source "$(dirname "$0")/lib.sh"
cd "$DIST"
app_raw=0
app_gz=0
examples_gz=0
printf '%-44s %10s %10s\n' file bytes gzipped
while read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  case "$file" in
    examples/*) examples_gz=$((examples_gz + gz)) ;;
    *)
      app_raw=$((app_raw + raw))
      app_gz=$((app_gz + gz))
      ;;
  esac
  printf '%-44s %10d %10d\n' "$file" "$raw" "$gz"
done < <(find . -type f | sed 's|^\./||' | sort)
printf '%-44s %10d %10d\n' "total: the app (every visit)" "$app_raw" "$app_gz"
printf '%-44s %10s %10d\n' "example files (when one is opened)" "" "$examples_gz"
