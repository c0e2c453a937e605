#!/usr/bin/env bash
# trace.sh <database> <path> [anon]: samples the portal's threads with dotnet-trace for 8 s under wrk load (after
# WARM, 60, seconds) and prints the busiest frames, inclusive and self (top.py). Needs dotnet-trace
# (dotnet tool install -g dotnet-trace) and python3.
source "$(dirname "$0")/common.sh"
db=$1; path=${2//CASE/$(case_of "$1")}; mode=${3:-signed}
start_portal "$db"
header=()
[ "$mode" != anon ] && header=(-H "Cookie: $("$bench" signin --url "$url")")
wrk -t2 -c32 -d"${WARM:-60}s" "${header[@]}" "$url$path" >/dev/null
out=/tmp/prof-trace-$db-$$
wrk -t2 -c32 -d14s "${header[@]}" "$url$path" >/dev/null & load=$!
sleep 2
"${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}" collect -p "$pid" --profile dotnet-sampled-thread-time \
  --duration 00:00:00:08 --format Speedscope -o "$out.nettrace" >/dev/null
wait "$load"
python3 "$(dirname "$0")/top.py" "$out.speedscope.json"
