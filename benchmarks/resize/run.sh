#!/usr/bin/env bash
# Resize benchmark: congkit resize vs vipsthumbnail vs Thumbnailator's default path, end to end
# (JVM start included), on ten camera-like JPEGs per case, same machine, same run; each time is the
# median of three runs, the tools taking turns.
# Usage: benchmarks/resize/run.sh [COUNT]   (from the repository root, after mvn -DskipTests package)
# Needs: libvips-tools, imagemagick, time (Debian packages).
set -euo pipefail
count=${1:-10}
source "$(dirname "$0")/setup.sh"
bench_setup bench-resize vipsthumbnail compare /usr/bin/time
thumb_jar=$(ls ~/.m2/repository/net/coobird/thumbnailator/*/thumbnailator-*.jar | grep -v sources | tail -1)
javac -cp "$thumb_jar" -d "$work/classes" benchmarks/resize/ThumbnailatorDefault.java
java -cp "$work/classes" GenPhotos 4000 3000 "$count" "$work/in-12mp" photo
java -cp "$work/classes" GenPhotos 6000 4000 "$count" "$work/in-24mp" photo

once() { # label command...  -> one run's "seconds peakKiB" appended to the label's log ("fail" when it fails)
  local log="$work/time.log"
  if /usr/bin/time -f "%e %M" -o "$log" "${@:2}" > /dev/null 2>&1; then cat "$log" >> "$work/runs-$1.log"; else echo "FAILED $1" >&2; echo "fail fail" >> "$work/runs-$1.log"; fi
}
median() { # label -> "seconds peakMiB": the median of its runs (and that run's memory), or "fail fail"
  grep -q fail "$work/runs-$1.log" && { echo "fail fail"; return; }
  sort -n "$work/runs-$1.log" | sed -n 2p | awk '{printf "%s %.0f", $1, $2/1024}'
}
psnr() { # outdir refdir -> mean PSNR in dB
  local sum=0 n=0 value
  for f in "$1"/*.jpg; do
    value=$(compare -metric PSNR "$f" "$2/$(basename "${f%.jpg}").png" null: 2>&1 | awk '{print $1}')
    sum=$(echo "$sum + $value" | bc -l); n=$((n + 1))
  done
  echo "scale=2; $sum / $n" | bc -l
}
bytes() { du -cb "$1"/*.jpg | tail -1 | cut -f1; }

printf '| case | tool | time (s) | peak RSS (MiB) | output (KiB) | PSNR vs Lanczos (dB) |\n|---|---|---:|---:|---:|---:|\n'
for mp in 12mp 24mp; do
  for size in 1200 320; do
    in="$work/in-$mp"; ref="$work/ref-$mp-$size"; mkdir -p "$ref"
    for f in "$in"/*.jpg; do convert "$f" -filter Lanczos -resize "${size}x${size}" "$ref/$(basename "${f%.jpg}").png"; done
    ours="$work/ours-$mp-$size"; big="$work/big-$mp-$size"; vips="$work/vips-$mp-$size"; thumb="$work/thumb-$mp-$size"; mkdir -p "$vips"
    # the tools take turns, three rounds: a machine that gets busier mid-case weighs on all of them alike
    rm -f "$work"/runs-*.log
    for _ in 1 2 3; do
      once ours java -Xmx64m -jar "$jar" resize --site "$site" --slot "bench-$size" --out "$ours" "$in"/*.jpg
      once big java -jar "$jar" resize --site "$site" --slot "bench-$size" --out "$big" "$in"/*.jpg
      once vips vipsthumbnail --size "${size}x${size}" -o "$vips/%s.jpg[Q=85,strip]" "$in"/*.jpg
      once thumb java -cp "$work/classes:$thumb_jar" ThumbnailatorDefault "$size" "$thumb" "$in"/*.jpg
    done
    r_ours=$(median ours); r_big=$(median big); r_vips=$(median vips); r_thumb=$(median thumb)
    for tool in ours big vips thumb; do
      dir_var=$tool; r_var="r_$tool"; dir="${!dir_var}"; set -- ${!r_var}
      case $tool in
        ours) name="congkit resize (-Xmx64m)" ;;
        big) name="congkit resize (java -jar)" ;;
        vips) name="vipsthumbnail" ;;
        *) name="Thumbnailator default" ;;
      esac
      if [ "$1" = fail ]; then printf '| %s → %s px | %s | failed | | | |\n' "$mp" "$size" "$name"; continue; fi
      printf '| %s → %s px | %s | %s | %s | %s | %s |\n' "${mp^^}" "$size" "$name" "$1" "$2" "$(( $(bytes "$dir") / 1024 ))" "$(psnr "$dir" "$ref")"
    done
  done
done
