#!/usr/bin/env bash
# Proves the build is reproducible: two clean builds of the same commit give byte-identical jars.
# Usage: scripts/reproducible.sh      (from anywhere; about two minutes; run by .ci/run after the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in 1 2; do
  ./mvnw -B -q clean package -DskipTests -Dmaven.javadoc.skip=true > "$work/build-$round.log" 2>&1 || { cat "$work/build-$round.log"; exit 1; }
  mkdir -p "$work/$round"
  find . -path ./benchmarks -prune -o -path '*/target/*.jar' -print | sort | while read -r jar; do
    sha256sum "$jar"
  done > "$work/$round/sums"
done
count=$(wc -l < "$work/1/sums")
if diff "$work/1/sums" "$work/2/sums"; then
  echo "reproducible: $count jars byte-identical across two clean builds"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
