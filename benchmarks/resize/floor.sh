#!/usr/bin/env bash
# Where the time of a short run goes: on ten camera-like 12 MP JPEGs to 1200 and 320 px, congkit resize
# (plain java -jar), the resizer alone in the same JVM without a command line or a site.json
# (ResizerAlone.java), the command with C2 off (-XX:TieredStopAtLevel=1: the JIT's share, a flag plain
# java -jar cannot carry) and vipsthumbnail, taking turns, five rounds; median wall time and CPU time
# (user + system, on every core). Also the JVM starting and printing a line, and `congkit --version`.
# Usage: benchmarks/resize/floor.sh      (from the repository root, after mvn -DskipTests package)
# Needs: libvips-tools, time (Debian packages).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
bench_setup bench-resize-floor vipsthumbnail /usr/bin/time
javac -cp "$jar" -d "$work/classes" benchmarks/resize/ResizerAlone.java
printf 'class Hello { public static void main(String[] a) { System.out.println("xin chào"); } }\n' > "$work/Hello.java"
javac -d "$work/classes" "$work/Hello.java"
java -cp "$work/classes" GenPhotos 4000 3000 10 "$work/photos" photo

once() { # label command... -> "wall cpu" appended to the label's log
  /usr/bin/time -f "%e %U %S" -o "$work/time.log" "${@:2}" > /dev/null 2>&1 || { echo "FAILED $1" >&2; exit 1; }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time.log" >> "$work/runs-$1.log"
}
median() { # label column -> the median of that column
  awk -v c="$2" '{ print $c }' "$work/runs-$1.log" | sort -n | sed -n 3p
}

printf '| case | what runs | wall (s) | CPU (s) | wall ÷ vipsthumbnail |\n|---|---|---:|---:|---:|\n'
for size in 1200 320; do
  rm -f "$work"/runs-*.log; mkdir -p "$work/out-vips"
  for _ in 1 2 3 4 5; do
    once command java -jar "$jar" resize --site "$site" --slot "bench-$size" --out "$work/out-command" "$work/photos"/*.jpg
    once alone java -cp "$jar:$work/classes" ResizerAlone "$size" "$work/out-alone" "$work/photos"/*.jpg
    once c1 java -XX:TieredStopAtLevel=1 -jar "$jar" resize --site "$site" --slot "bench-$size" --out "$work/out-c1" "$work/photos"/*.jpg
    once vips vipsthumbnail --size "${size}x${size}" -o "$work/out-vips/%s.jpg[Q=85,strip]" "$work/photos"/*.jpg
    once hello java -cp "$work/classes" Hello
    once version java -jar "$jar" --version
  done
  vips=$(median vips 1)
  for label in command alone c1 vips hello version; do
    case $label in
      command) what="congkit resize (java -jar)" ;;
      alone) what="the resizer alone (ResizerAlone)" ;;
      c1) what="congkit resize, C2 off (-XX:TieredStopAtLevel=1)" ;;
      vips) what="vipsthumbnail" ;;
      hello) what="a JVM printing one line" ;;
      *) what="congkit --version" ;;
    esac
    wall=$(median "$label" 1)
    printf '| 10 × 12 MP → %s px | %s | %s | %s | %s |\n' "$size" "$what" "$wall" "$(median "$label" 2)" \
      "$(awk -v a="$wall" -v b="$vips" 'BEGIN { printf "%.2f", a / b }')"
  done
done
