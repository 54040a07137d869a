#!/usr/bin/env bash
# How the batch size changes the comparison: congkit resize (plain java -jar) and vipsthumbnail on
# 10, 20 and 40 camera-like 12 MP JPEGs to 1200 and 320 px, and on ten tiny ones (160 × 128: the fixed
# cost of a run, start and JIT, with almost no image work). Each time is the median of three runs.
# Usage: benchmarks/resize/batches.sh      (from the repository root, after mvn -DskipTests package)
# Needs: libvips-tools, time (Debian packages).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
bench_setup bench-resize-batches vipsthumbnail /usr/bin/time
java -cp "$work/classes" GenPhotos 4000 3000 10 "$work/photos" photo
java -cp "$work/classes" GenPhotos 160 128 10 "$work/tiny" tiny
# 40 files: the ten photos four times over, under other names (a batch of one camera's photos)
mkdir -p "$work/in-40"
for copy in 0 1 2 3; do for f in "$work/photos"/*.jpg; do cp "$f" "$work/in-40/c$copy-$(basename "$f")"; done; done

median() { # command... -> seconds, the median of three runs
  local runs="$work/runs.log"
  : > "$runs"
  for _ in 1 2 3; do
    /usr/bin/time -f "%e" -a -o "$runs" "$@" > /dev/null 2>&1 || { echo fail; return; }
  done
  sort -n "$runs" | sed -n 2p
}

printf '| photos | size | congkit resize (s) | vipsthumbnail (s) | congkit ÷ vips |\n|---|---|---:|---:|---:|\n'
row() { # label size files...
  local label=$1 size=$2; shift 2
  rm -rf "$work/out-ours" "$work/out-vips"; mkdir -p "$work/out-ours" "$work/out-vips"
  local ours vips
  ours=$(median java -jar "$jar" resize --site "$site" --slot "bench-$size" --out "$work/out-ours" "$@")
  vips=$(median vipsthumbnail --size "${size}x${size}" -o "$work/out-vips/%s.jpg[Q=85,strip]" "$@")
  printf '| %s | %s px | %s | %s | %s |\n' "$label" "$size" "$ours" "$vips" "$(awk -v a="$ours" -v b="$vips" 'BEGIN { printf "%.2f", a / b }')"
}
for size in 1200 320; do
  for n in 10 20 40; do
    mapfile -t files < <(ls "$work/in-40"/*.jpg | head -n "$n")
    row "$n × 12 MP" "$size" "${files[@]}"
  done
done
row "10 × 160 × 128" 320 "$work/tiny"/*.jpg
