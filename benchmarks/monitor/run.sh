#!/usr/bin/env bash
# The monitor at scale on loopback: a full run over N simulated portals (default 332, a tenth of the
# country's 3 321 communes), a year of daily history bulk-inserted, the dashboard's response times.
# Usage: benchmarks/monitor/run.sh [SITES] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/../.."
sites=${1:-332}
concurrency=${2:-8}
work=target/bench-monitor
rm -rf "$work"; mkdir -p "$work"
[ -f cli/target/congkit.jar ] || ./mvnw -q -B -DskipTests package
java -Xmx1g -cp cli/target/congkit.jar benchmarks/monitor/MonitorBench.java "$work" "$sites" "$concurrency"
