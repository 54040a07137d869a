#!/usr/bin/env bash
# Render benchmarks (JMH): each widget through its template against a hand-written StringBuilder of
# the same HTML (checked byte-identical before measuring), and the demo's whole home page.
# Usage: benchmarks/render/run.sh [extra JMH options]     (from the repository root; about 6 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B install -DskipTests -pl core,widgets,image -am
mvn -q -B -f benchmarks/render/pom.xml package
mkdir -p target/bench-render
java -cp benchmarks/render/target/benchmarks.jar dev.congkit.bench.Verify
java -jar benchmarks/render/target/benchmarks.jar -rf csv -rff target/bench-render/results.csv "$@"
printf "%-20s %12s %14s %7s\n" "widget" "template µs" "hand-written µs" "ratio"
# ratio template ÷ hand-written per widget, from the CSV
awk -F, 'NR > 1 {
  gsub(/"/, ""); split($1, name, "."); bench = name[length(name)]; kind = name[length(name) - 1];
  key = (kind == "HomePageBenchmark") ? "home page" : $8;
  score[key, bench] = $5; keys[key] = 1
} END {
  for (k in keys) printf "%-20s %12.2f %14.2f %7.2f\n", k, score[k, "template"], score[k, "handWritten"], score[k, "template"] / score[k, "handWritten"]
}' target/bench-render/results.csv | sort
