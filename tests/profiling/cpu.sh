#!/usr/bin/env bash
# cpu.sh <database> <path> [seconds=10] [anon]: the portal's and the whole machine's CPU per request of one page
# under wrk -t2 -c32, after WARM (60) seconds of warm-up; req/s, p50/p99 and the portal's peak memory.
# Signed in as the coordinator of Noord-Holland unless "anon"; CASE in the path becomes a casus of the region.
# ENVIRONMENT=Production: signed in on a Development start, then measured on a Production start of the same
# build behind the simulated TLS proxy (as the harness does).
source "$(dirname "$0")/common.sh"
db=$1; path=${2//CASE/$(case_of "$1")}; secs=${3:-10}; mode=${4:-signed}
port=$(( 21000 + RANDOM % 20000 ))
start_portal "$db" Development "$port"
header=("${proxy[@]}")
[ "$mode" != anon ] && header+=(-H "Cookie: $("$bench" signin --url "$url")")
if [ "${ENVIRONMENT:-Development}" = Production ]; then
  kill "$pid"; wait "$pid" 2>/dev/null || true
  start_portal "$db" Production "$port"
fi
status=$(curl -s -o /tmp/prof-page.html -w '%{http_code}' "${header[@]}" "$url$path")
echo "${ENVIRONMENT:-Development}: status $status, $(wc -c </tmp/prof-page.html) bytes"
wrk -t2 -c32 -d"${WARM:-60}s" "${header[@]}" "$url$path" >/dev/null
a=$(ticks); b=$(busy)
out=$(wrk -t2 -c32 -d"${secs}s" --latency "${header[@]}" "$url$path")
a2=$(ticks); b2=$(busy)
reqs=$(echo "$out" | awk '/requests in/ {print $1}')
echo "$out" | grep -E 'Requests/sec|Non-2xx|Socket errors|  (50|99)%' || true
awk -v r="$reqs" -v a=$((a2-a)) -v b=$((b2-b)) \
  'BEGIN {printf "requests %d; portal CPU %.3f ms/request; machine CPU %.3f ms/request\n", r, a*10/r, b*10/r}'
echo "portal VmHWM $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") kB"
