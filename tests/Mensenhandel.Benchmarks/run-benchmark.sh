#!/usr/bin/env bash
# The whole benchmark of docs/performance.md: a throwaway PostgreSQL cluster with fsync ON (production
# durability), a generated database, the portal as a Release build on loopback, the load driver, the ceiling
# app and the raw SQL of the pages' main queries with pgbench. Not part of the test command (minutes of load).
#
# Usage (as root or the postgres user's friend): tests/Mensenhandel.Benchmarks/run-benchmark.sh [meldingen] [seconds per endpoint]
#   MELDINGEN=100000 (default) or 1000000; DURATION=10; CONNECTIONS=32; ENDPOINTS=<file> (see LoadDriver defaults)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
meldingen=${1:-${MELDINGEN:-100000}}
duration=${2:-${DURATION:-10}}
connections=${CONNECTIONS:-32}
say() { printf '[benchmark] %s\n' "$*" >&2; }

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
port=$(( 20000 + RANDOM % 20000 ))
cluster=$(mktemp -d /tmp/mh-bench-pg.XXXXXX); chmod 755 "$cluster"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$cluster"
app_pid=""; ceiling_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$ceiling_pid" ] && kill "$ceiling_pid" 2>/dev/null || true
  run_pg "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap cleanup EXIT
run_pg "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Durable like production (fsync, synchronous_commit and full_page_writes stay on); a bit more memory than the default.
run_pg "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/postgres.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c shared_buffers=512MB -c max_connections=200" start >/dev/null
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres
"$bin/createdb" mensenhandel_bench
conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=mensenhandel_bench;Maximum Pool Size=64"
say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $port, fsync on"

if [ -z "${SKIP_BUILD:-}" ]; then
  say "building Release"
  dotnet build src/Mensenhandel.Web -c Release -nologo -v quiet -clp:ErrorsOnly
  dotnet build tests/Mensenhandel.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
fi
web="$root/src/Mensenhandel.Web/bin/Release/net10.0"
bench="$root/tests/Mensenhandel.Benchmarks/bin/Release/net10.0/Mensenhandel.Benchmarks"

start_app() {
  # Development, because only Development seeds the demo accounts the load driver signs in with; everything
  # that costs time per request (antiforgery, sessions in the database, audit, security headers) is the same.
  (cd "$web" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:5099 \
     Database__Provider=Postgres ConnectionStrings__Mensenhandel="$conn" Demo__SkipMfa=false \
     RateLimits__Melden__PermitLimit=100000000 Mail__PickupDirectory="$cluster/mail" Jobs__Enabled=false \
     Serilog__MinimumLevel__Default=Warning \
     exec dotnet Mensenhandel.Web.dll >"$cluster/portal.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do curl -fs http://127.0.0.1:5099/health/ready >/dev/null 2>&1 && return 0; sleep 0.5; done
  say "the portal did not start"; tail -n 30 "$cluster/portal.log" >&2; return 1
}

say "first start: migrations and demo accounts"
start_app; kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

say "generating $meldingen meldingen"
# The first start wrote the Development field keys next to the portal; generated rows are encrypted with them.
"$bench" generate --connection "$conn" --meldingen "$meldingen" --field-keys "$web/App_Data/field-keys.json"
psql -X -q -d mensenhandel_bench -c "SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE n_live_tup > 1000 ORDER BY 2 DESC" -A -F ' ' -t >&2
case_id=$(psql -X -A -t -d mensenhandel_bench -c "SELECT \"Id\" FROM \"Cases\" WHERE \"RegionId\" = 'RE04' ORDER BY \"OpenedAt\" DESC LIMIT 1")

start_app
say "portal pid $app_pid; load: $connections connections, ${duration}s per endpoint"
"$bench" load --url http://127.0.0.1:5099 --pid "$app_pid" --duration "$duration" --connections "$connections" --case "$case_id" \
  ${ENDPOINTS:+--endpoints "$ENDPOINTS"}
# The national dashboard is /dashboard as Landelijk (CoMensha), the whole country.
cat > "$cluster/national.txt" <<'END'
dashboard-national GET /dashboard
END
"$bench" load --url http://127.0.0.1:5099 --pid "$app_pid" --duration "$duration" --connections "$connections" \
  --email landelijk@demo.mensenhandel.nl --totp-secret VDURZGQ6B6OVJQNKMHV4Y2IBZWQN3MVT --endpoints "$cluster/national.txt"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

say "ceiling: a bare Razor page of the form's size"
form_bytes=${FORM_BYTES:-20000}
"$bench" ceiling --url http://127.0.0.1:5098 --bytes "$form_bytes" & ceiling_pid=$!
for _ in $(seq 1 60); do curl -fs http://127.0.0.1:5098/ >/dev/null 2>&1 && break; sleep 0.5; done
printf 'ceiling page: %s bytes\n' "$(curl -s http://127.0.0.1:5098/ | wc -c)"
cat > "$cluster/ceiling.txt" <<'END'
ceiling-razor GET /
END
"$bench" load --url http://127.0.0.1:5098 --pid "$ceiling_pid" --duration "$duration" --connections "$connections" --email none --endpoints "$cluster/ceiling.txt"
kill "$ceiling_pid"; wait "$ceiling_pid" 2>/dev/null || true; ceiling_pid=""

say "raw SQL of the pages' main queries (pgbench, $connections clients, ${duration}s each)"
sqldir="$root/tests/Mensenhandel.Benchmarks/sql"
for f in "$sqldir"/*.sql; do
  name=$(basename "$f" .sql)
  out=$("$bin/pgbench" -n -c "$connections" -j 2 -T "$duration" -D case_id="$case_id" -f "$f" mensenhandel_bench 2>&1)
  tps=$(echo "$out" | awk -F'= ' '/^tps/ {print $2}' | awk '{print $1}')
  lat=$(echo "$out" | awk -F'= ' '/^latency average/ {print $2}')
  printf '%-28s tps %10s   latency avg %s\n' "$name" "$tps" "$lat"
done
