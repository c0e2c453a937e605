#!/usr/bin/env bash
# alternate.sh <buildA> <buildB> <database> <path> [rounds=3] [seconds=10]: two builds of the portal compared on one
# page at the same moment of the machine. Both are started (Production, behind the simulated TLS proxy, signed in
# as the coordinator of Noord-Holland) and warmed WARM (30) seconds each, then measured alternately with
# wrk -t2 -c32, one at a time: req/s, p99, the measured portal's and the machine's CPU per request; at the end each
# portal's peak memory (VmHWM). A build is a folder like src/Mensenhandel.Web/bin/Release/net10.0, copied aside
# before the change is built; CASE in the path becomes a casus of the region (as in cpu.sh). ENV_A and ENV_B add
# runtime settings to one build each (ENV_B="DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0"): one build twice, with
# and without a setting.
set -euo pipefail
A=$1; B=$2; db=$3; rawpath=$4; rounds=${5:-3}; secs=${6:-10}
source "$(dirname "$0")/common.sh"
path=${rawpath//CASE/$(case_of "$db")}
declare -A P U C
base_env=${PORTAL_ENV:-}
for n in A B; do
  web=${!n}
  env_of=ENV_$n; PORTAL_ENV="$base_env ${!env_of:-}"
  port=$(( 21000 + RANDOM % 20000 ))
  start_portal "$db" Development "$port"
  C[$n]="Cookie: $("$bench" signin --url "$url")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  start_portal "$db" Production "$port"
  P[$n]=$pid; U[$n]=$url
  trap 'kill ${P[A]:-} ${P[B]:-} 2>/dev/null || true' EXIT
done
for n in A B; do curl -s -o /tmp/alt-$n.html -w "$n %{http_code} %{size_download} bytes\n" -H "X-Forwarded-Proto: https" -H "${C[$n]}" "${U[$n]}$path"; done
for n in A B; do wrk -t2 -c32 -d${WARM:-30}s -H "X-Forwarded-Proto: https" -H "${C[$n]}" "${U[$n]}$path" >/dev/null; done
tk() { awk '{print $14+$15}' "/proc/$1/stat"; }
bz() { awk '/^cpu / {print $2+$3+$4+$7+$8}' /proc/stat; }
for r in $(seq 1 "$rounds"); do
  for n in A B; do
    a=$(tk ${P[$n]}); b=$(bz)
    out=$(wrk -t2 -c32 -d${secs}s --latency -H "X-Forwarded-Proto: https" -H "${C[$n]}" "${U[$n]}$path")
    a2=$(tk ${P[$n]}); b2=$(bz)
    req=$(echo "$out" | awk '/requests in/ {print $1}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    awk -v n=$n -v r=$req -v a=$((a2-a)) -v b=$((b2-b)) -v s=$secs -v p=$p99 'BEGIN {printf "%s: %.0f/s p99 %s, portal %.3f, machine %.3f ms/request\n", n, r/s, p, a*10/r, b*10/r}'
  done
done
for n in A B; do echo "$n: portal VmHWM $(awk '/VmHWM/ {print $2}' "/proc/${P[$n]}/status") kB"; done
