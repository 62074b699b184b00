#!/usr/bin/env bash
# Prints the transfer size of the bundle in dist/: raw and gzipped, per file and in total.
source "$(dirname "$0")/lib.sh"
cd "$DIST"
total_raw=0
total_gz=0
printf '%-28s %10s %10s\n' file bytes gzipped
while read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-28s %10d %10d\n' "$file" "$raw" "$gz"
done < <(find . -type f | sed 's|^\./||' | sort)
printf '%-28s %10d %10d\n' total "$total_raw" "$total_gz"
