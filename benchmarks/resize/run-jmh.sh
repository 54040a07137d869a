#!/usr/bin/env bash
# In-process figure (JMH): one 12 MP camera photo fitted to 1200 px, CổngKit's own JPEG decoder against
# the JDK's on the same path, and vipsthumbnail on the same file (best of 20 runs, process start included).
# Usage: benchmarks/resize/run-jmh.sh     (from the repository root; about 2 minutes; needs libvips-tools)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(realpath -m "${WORK:-target/bench-resize-jmh}")
mvn -q -B install -DskipTests -pl core,widgets,image,sanitizer -am
mvn -q -B -f benchmarks/render/pom.xml package
rm -rf "$work" && mkdir -p "$work/classes" "$work/vips"
javac -d "$work/classes" benchmarks/resize/GenPhotos.java
java -cp "$work/classes" GenPhotos 4000 3000 1 "$work/in" photo
photo="$work/in/photo-0.jpg"
java -jar benchmarks/render/target/benchmarks.jar ResizeBenchmark -p photo="$photo" -p size=1200 -rf csv -rff "$work/jmh.csv"
best=0
for _ in $(seq 20); do
  start=$(date +%s%N)
  vipsthumbnail --size 1200x1200 -o "$work/vips/%s.jpg[Q=85,strip]" "$photo"
  elapsed=$(( ($(date +%s%N) - start) / 1000 ))
  if [ "$best" -eq 0 ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
done
awk -F, -v vips="$best" 'NR > 1 { gsub(/"/, ""); split($1, n, "."); printf "%-12s %8.1f ms\n", n[length(n)], $5 }
  END { printf "%-12s %8.1f ms (vipsthumbnail, best of 20, process start included)\n", "vips", vips / 1000 }' "$work/jmh.csv"
