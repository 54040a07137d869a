#!/usr/bin/env bash
# Site loading (site.json → validated SiteConfig) at this tree against a base revision, side by side:
# the two builds are run alternately, three times each, on the same file.
# Usage: benchmarks/load/run.sh [BASE-REV] [SITE.json]   (from the repository root; about a minute)
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-HEAD~1}
site=${2:-widgets/src/test/resources/hostile/everything.json}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
./mvnw -q -B -o compile -pl core,widgets
git worktree add -q "$work/base" "$base"
(cd "$work/base" && ./mvnw -q -B -o compile -pl core)
./mvnw -q -B -o dependency:build-classpath -pl core -Dmdep.outputFile="$work/cp.txt" >/dev/null
deps=$(cat "$work/cp.txt")
javac -d "$work/bench" -cp "core/target/classes:$deps" benchmarks/load/LoadBench.java
for run in 1 2 3; do
  before=$(java -cp "$work/base/core/target/classes:widgets/target/classes:$deps:$work/bench" LoadBench "$site" 2000)
  after=$(java -cp "core/target/classes:widgets/target/classes:$deps:$work/bench" LoadBench "$site" 2000)
  echo "run $run: $base $before µs, this tree $after µs, ratio $(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", a / b }')"
done
