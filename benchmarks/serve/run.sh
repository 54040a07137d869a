#!/usr/bin/env bash
# Throughput of GET /widgets/menu (WidgetServlet, fragment cache) against Tomcat serving the same
# bytes as a static file, side by side on one embedded Tomcat, 127.0.0.1 only.
# Usage: benchmarks/serve/run.sh [SECONDS_PER_ROUND] [ROUNDS]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-8}
rounds=${2:-3}
work=target/bench-serve
port=18181
mkdir -p "$work"
[ -f samples/target/congkit-demo.jar ] || mvn -q -B -DskipTests package
java -Xmx256m -cp samples/target/congkit-demo.jar benchmarks/serve/ServeBench.java \
    samples/src/main/resources/site.json "$work" "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do grep -q '^ready' "$work/server.log" 2>/dev/null && break; sleep 0.5; done
grep '^ready' "$work/server.log"
cmp <(curl -s "http://127.0.0.1:$port/widgets/menu") <(curl -s "http://127.0.0.1:$port/static/menu.html")
echo "identical bodies"
# warm both up, then alternate so drift on a shared machine hits both alike
wrk -t2 -c32 -d5s "http://127.0.0.1:$port/widgets/menu" > /dev/null
wrk -t2 -c32 -d5s "http://127.0.0.1:$port/static/menu.html" > /dev/null
total_w=0; total_s=0
for round in $(seq 1 "$rounds"); do
  for target in widgets/menu static/menu.html; do
    out=$(wrk -t2 -c32 -d"${seconds}s" "http://127.0.0.1:$port/$target")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
    echo "round $round  /$target  $rps req/s  ${errors:-0 errors}"
    if [ "$target" = widgets/menu ]; then total_w=$(echo "$total_w + $rps" | bc); else total_s=$(echo "$total_s + $rps" | bc); fi
  done
done
echo "ratio /widgets/menu : static = $(echo "scale=3; $total_w / $total_s" | bc)"
