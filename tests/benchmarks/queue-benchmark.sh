#!/usr/bin/env bash
# Benchmark of the zorgcoördinator's queue (issue "Triage"): 100,000 meldingen in one region (Noord-Holland),
# the portal as a Release build on loopback, a logged-in coordinator, sequential requests (latency without
# contention). Not part of the test command. Numbers go to docs/performance.md ("Wachtrij").
#
#   BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres" bash tests/benchmarks/queue-benchmark.sh
#
# Needs a PostgreSQL server you may create a database on (psql on PATH), curl, and the .NET SDK.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
server="${BENCH_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres}"
database="mh_bench_queue"
port="${BENCH_PORT:-5091}"
requests="${BENCH_REQUESTS:-200}"
base="http://127.0.0.1:$port"

field() { tr ';' '\n' <<<"$server" | sed -n "s/^$1=//Ip" | head -1; }
export PGHOST="$(field Host)" PGPORT="$(field Port)" PGUSER="$(field Username)"
psql -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"

dotnet build "$root/src/Mensenhandel.Web" -c Release -nologo -v quiet -clp:ErrorsOnly
# Development (content root = the project, for appsettings.Development.json): migrations on start-up and the
# demo accounts (password only, Demo:SkipMfa) to log in with.
cd "$root/src/Mensenhandel.Web"
env ASPNETCORE_ENVIRONMENT=Development Database__Provider=Postgres Jobs__Enabled=false Serilog__MinimumLevel__Default=Warning \
  "ConnectionStrings__Mensenhandel=$server;Database=$database" \
  dotnet "$root/src/Mensenhandel.Web/bin/Release/net10.0/Mensenhandel.Web.dll" --urls "$base" >/tmp/mh-queue-benchmark.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -fs -o /dev/null "$base/health/ready" && break; sleep 1; done

echo "generating 100,000 meldingen in Noord-Holland"
psql -d "$database" -q -f "$root/tests/benchmarks/queue-100k.sql"

jar="$(mktemp)"
token=$(curl -s -c "$jar" -b "$jar" "$base/inloggen" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$base/inloggen" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=zorgcoordinator.nh@demo.mensenhandel.nl" --data-urlencode "Input.Password=Demo-wachtwoord-2026"
status=$(curl -s -b "$jar" -o /dev/null -w "%{http_code}" "$base/meldingen")
[ "$status" = 200 ] || { echo "login failed ($status)" >&2; cat "$jar" >&2; exit 1; }

printf '%-48s %8s %8s %8s %8s\n' "page" "median" "p95" "p99" "errors"
for url in "/meldingen" "/meldingen?vorm=Labour&gemeente=GM0361" "/meldingen?acuut=true&sortering=nieuwste" \
           "/meldingen?pagina=50" "/meldingen?sortering=nieuwste&pagina=2000" "/meldingen?zoek=MH-2026-500123" "/casussen"; do
  for _ in $(seq 1 20); do curl -s -b "$jar" -o /dev/null "$base$url"; done
  for _ in $(seq 1 "$requests"); do curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$url"; done | sort -k2 -g |
    awk -v url="$url" '{ if ($1 != 200) e++; t[NR] = $2 * 1000 } END {
      printf "%-48s %6.1fms %6.1fms %6.1fms %8d\n", url, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], e }'
done
echo "app peak memory: $(grep VmHWM /proc/$app/status | awk '{print $2/1024 " MB"}')"
psql -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)"
