#!/usr/bin/env bash
# Many communes on one server: start time and heap per site for 3 321 site files (the number of
# communes after 2025) served by host, and the throughput of GET /many/menu (a different commune's
# Host on every request, round robin) against GET /one/menu (one site), side by side on one
# embedded Tomcat, 127.0.0.1 only. Both request streams are built by a wrk script, so that the load
# generator, on the same machine, spends the same on each.
# Usage: benchmarks/sites/run.sh [SECONDS_PER_ROUND] [ROUNDS] [SITES]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-8}
rounds=${2:-3}
sites=${3:-3321}
work=target/bench-sites
port=18182
rm -rf "$work"; mkdir -p "$work"
[ -f samples/target/congkit-demo.jar ] || ./mvnw -q -B -DskipTests package
java -Xmx1g -cp samples/target/congkit-demo.jar benchmarks/sites/SitesBench.java \
    samples/src/main/resources/site.json "$work" "$port" "$sites" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q '^ready' "$work/server.log" 2>/dev/null && break; sleep 0.5; done
grep '^loaded' "$work/server.log"
export HOSTS_FILE="$PWD/$work/hosts.txt"
first=$(head -1 "$HOSTS_FILE")
curl -sf -H "Host: $first" "http://127.0.0.1:$port/many/menu" > /dev/null
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/many/menu")" = 404 ] && echo "unknown host (127.0.0.1): 404"
# warm both up (every host's fragment rendered once), then alternate so drift on a shared machine hits both alike
wrk -t2 -c32 -d10s -s benchmarks/sites/hosts.lua "http://127.0.0.1:$port" > /dev/null
wrk -t2 -c32 -d5s -s benchmarks/sites/one.lua "http://127.0.0.1:$port" > /dev/null
total_m=0; total_o=0
for round in $(seq 1 "$rounds"); do
  for target in one many; do
    if [ "$target" = many ]; then
      out=$(wrk -t2 -c32 -d"${seconds}s" -s benchmarks/sites/hosts.lua "http://127.0.0.1:$port")
    else
      out=$(wrk -t2 -c32 -d"${seconds}s" -s benchmarks/sites/one.lua "http://127.0.0.1:$port")
    fi
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
    echo "round $round  /$target/menu  $rps req/s  ${errors:-0 errors}"
    if [ "$target" = many ]; then total_m=$(echo "$total_m + $rps" | bc); else total_o=$(echo "$total_o + $rps" | bc); fi
  done
done
echo "ratio by host ($sites sites) : one site = $(echo "scale=3; $total_m / $total_o" | bc)"
