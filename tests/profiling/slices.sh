#!/usr/bin/env bash
# slices.sh <database> <path> [slices=40]: one page's throughput over time, to see periodic stalls that a 10-second
# average hides. The Release portal (Production, behind the simulated TLS proxy, signed in as the coordinator of
# Noord-Holland, as in alternate.sh) is warmed 20 s with wrk -t2 -c32, then loaded in 2-second slices: each line
# is the seconds since the start of the load, req/s and p99. CASE in the path becomes a casus of the region.
set -euo pipefail
db=$1; rawpath=$2; slices=${3:-40}
source "$(dirname "$0")/common.sh"
path=${rawpath//CASE/$(case_of "$db")}
port=$(( 21000 + RANDOM % 20000 ))
start_portal "$db" Development "$port"
cookie="Cookie: $("$bench" signin --url "$url")"
kill "$pid"; wait "$pid" 2>/dev/null || true
start_portal "$db" Production "$port"
start=$(date +%s)
wrk -t2 -c32 -d20s "${proxy[@]}" -H "$cookie" "$url$path" | grep Requests/sec
for _ in $(seq 1 "$slices"); do
  out=$(wrk -t2 -c32 -d2s --latency "${proxy[@]}" -H "$cookie" "$url$path")
  printf '%ss %s/s p99 %s\n' "$(( $(date +%s) - start ))" "$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')" \
    "$(echo "$out" | awk '$1=="99%" {print $2}')"
done
