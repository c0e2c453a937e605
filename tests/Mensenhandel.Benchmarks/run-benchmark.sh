#!/usr/bin/env bash
# The whole benchmark of docs/performance.md: a throwaway PostgreSQL cluster with fsync ON (production
# durability), a generated database, the portal as deployed (published Release output, Production environment,
# behind a TLS-terminating proxy) on loopback, the load driver, the ceiling app and the raw SQL of the pages'
# main queries with pgbench. Not part of the test command (minutes of load).
#
# Usage (as root or the postgres user's friend): tests/Mensenhandel.Benchmarks/run-benchmark.sh [meldingen] [seconds per endpoint]
#   MELDINGEN=100000 (default) or 1000000; DURATION=10; WARMUP=20 (per page); WARMUP_ALL=60 (mixed, first); CONNECTIONS=32; SKIP_BUILD=1;
#   DRIVER=wrk (default: GET pages with wrk, submissions with the .NET driver) or dotnet (all with the .NET driver,
#   ENDPOINTS=<file> then chooses the pages, see LoadDriver)
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
  say "publishing Release"
  dotnet publish src/Mensenhandel.Web -c Release -o src/Mensenhandel.Web/bin/Release/net10.0/publish -nologo -v quiet -clp:ErrorsOnly
  dotnet build tests/Mensenhandel.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
fi
web="$root/src/Mensenhandel.Web/bin/Release/net10.0/publish"
bench="$root/tests/Mensenhandel.Benchmarks/bin/Release/net10.0/Mensenhandel.Benchmarks"
url=http://127.0.0.1:5099
warmup=${WARMUP:-20}
# GET pages are loaded with wrk (C, epoll: it leaves the two cores to the portal); DRIVER=dotnet uses the .NET driver for all.
driver=${DRIVER:-wrk}
if [ "$driver" = wrk ] && ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
lua="$root/tests/Mensenhandel.Benchmarks/wrk/report.lua"

# wrk_get <name> <path> [cookie]: warm up (not reported), then one line: req/s, p50/p95/p99 ms, errors, requests.
wrk_get() {
  local name=$1 path=$2 cookie=${3:-} header=("${proxy[@]}")
  [ -n "$cookie" ] && header+=(-H "Cookie: $cookie")
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$url$path")
  if [ "$status" != 200 ]; then printf '%-20s skipped: %s answers %s\n' "$name" "$path" "$status"; return 0; fi
  wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s "${header[@]}" "$url$path" >/dev/null
  ENDPOINT_NAME=$name wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s "${header[@]}" -s "$lua" "$url$path" | tail -n 1
  local tables; tables=$(vacuuming)
  if [ -n "$tables" ]; then say "autovacuum was working on $tables at the end of $name"; fi
}

# The tables a (auto)vacuum works on right now, if any: a measured page then shares the two cores with it.
vacuuming() { psql -X -A -t -d mensenhandel_bench -c 'SELECT string_agg(DISTINCT relid::regclass::text, $$, $$) FROM pg_stat_progress_vacuum WHERE datname = current_database()' 2>/dev/null || true; }

# start_app <environment>: the first start is Development, because only Development migrates and seeds the demo
# accounts the load driver signs in with. The measured start is Production, as deployed (docs/deployment.md):
# secure cookies, no developer pages, the field keys from configuration, and 127.0.0.1 as the trusted proxy
# that terminates TLS, so every request of wrk and the driver carries X-Forwarded-Proto: https ($proxy).
proxy=(-H "X-Forwarded-Proto: https")
start_app() {
  (cd "$web" && ASPNETCORE_ENVIRONMENT=$1 ASPNETCORE_URLS=http://127.0.0.1:5099 \
     Database__Provider=Postgres ConnectionStrings__Mensenhandel="$conn" Demo__SkipMfa=false \
     RateLimits__Melden__PermitLimit=100000000 Mail__PickupDirectory="$cluster/mail" Jobs__Enabled=false \
     Serilog__MinimumLevel__Default=Warning \
     exec dotnet Mensenhandel.Web.dll >"$cluster/portal.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do curl -fs http://127.0.0.1:5099/health/ready >/dev/null 2>&1 && return 0; sleep 0.5; done
  say "the portal did not start"; tail -n 30 "$cluster/portal.log" >&2; return 1
}

say "first start: migrations and demo accounts"
start_app Development; kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

say "generating $meldingen meldingen"
# The first start wrote the Development field keys next to the portal; generated rows are encrypted with them.
"$bench" generate --connection "$conn" --meldingen "$meldingen" --field-keys "$web/App_Data/field-keys.json"
psql -X -q -d mensenhandel_bench -c "SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE n_live_tup > 1000 ORDER BY 2 DESC" -A -F ' ' -t >&2
case_id=$(psql -X -A -t -d mensenhandel_bench -c "SELECT \"Id\" FROM \"Cases\" WHERE \"RegionId\" = 'RE04' ORDER BY \"OpenedAt\" DESC LIMIT 1")

# Production reads the field keys from configuration (docs/privacy.md): here the Development keys the first start
# wrote, in the throwaway publish folder's appsettings.Production.json, never in the repository.
printf '{"Encryption": %s, "ForwardedHeaders": {"KnownProxies": ["127.0.0.1"]}}\n' "$(cat "$web/App_Data/field-keys.json")" \
  > "$web/appsettings.Production.json"
load_started=$(date -u "+%Y-%m-%d %H:%M:%S+00")
start_app Production
say "portal pid $app_pid; load: $connections connections, ${warmup}s warm-up and ${duration}s per endpoint, driver $driver"
printf '%-20s %8s %8s %8s %8s %7s %9s\n' endpoint req/s "p50 ms" "p95 ms" "p99 ms" errors requests
if [ "$driver" = wrk ]; then
  coordinator=$("$bench" signin --url "$url" --forwarded-proto https)
  national=$("$bench" signin --url "$url" --forwarded-proto https --email landelijk@demo.mensenhandel.nl --totp-secret VDURZGQ6B6OVJQNKMHV4Y2IBZWQN3MVT)
  # A minute of mixed load on every page first, as a portal that has been running for a while meets it: on two
  # busy cores the JIT's tiered PGO needs about that long to reach its steady state (docs/performance.md).
  # Not submissions: thousands of new meldingen in Noord-Holland's queue would change the queue that is measured
  # (they keep coming last, with their own warm-up).
  warm_all=${WARMUP_ALL:-60}
  if [ "$warm_all" -gt 0 ]; then
    say "mixed warm-up of ${warm_all}s on all pages"
    warmers=()
    for target in "/melden|" "/meldingen|$coordinator" "/meldingen?pagina=50|$coordinator" "/casussen/$case_id|$coordinator" \
                  "/dashboard|$coordinator" "/dashboard|$national"; do
      path=${target%%|*}; cookie=${target#*|}
      if [ -n "$cookie" ]; then wrk -t1 -c6 -d"${warm_all}s" "${proxy[@]}" -H "Cookie: $cookie" "$url$path" >/dev/null &
      else wrk -t1 -c6 -d"${warm_all}s" "${proxy[@]}" "$url$path" >/dev/null & fi
      warmers+=($!)
    done
    wait "${warmers[@]}"  # not the portal, which runs in the background too
  fi
  wrk_get form "/melden"
  wrk_get queue-first "/meldingen" "$coordinator"
  wrk_get queue-filtered "/meldingen?status=Received" "$coordinator"
  wrk_get queue-page-50 "/meldingen?pagina=50" "$coordinator"
  wrk_get case-detail "/casussen/$case_id" "$coordinator"
  wrk_get dashboard-regional "/dashboard" "$coordinator"
  # The national dashboard is /dashboard as Landelijk (CoMensha), the whole country.
  wrk_get dashboard-national "/dashboard" "$national"
  # Where the peak comes from: after the GET pages, and (below) after the submissions and the backlog.
  printf 'portal peak memory after the GET pages (VmHWM): %s\n' "$(awk '/VmHWM/ {print $2, $3}' "/proc/$app_pid/status")"
  # Submissions need a fresh form (antiforgery and submission token) per melding: the .NET driver fetches them
  # first, untimed, as browsers get them (enough for the warm-up at 1,500/s and the measurement at 2,000/s), and
  # wrk POSTs each once (wrk/report.lua with FORMS; a 302 to the receipt is a success, running out is an error).
  # The .NET driver itself used a sixth of the machine's CPU per submission when it also sent them.
  "$bench" forms --url "$url" --forwarded-proto https --connections "$connections" \
    --files "$cluster/forms-warm.txt,$cluster/forms.txt" --counts "$((warmup * 1500)),$((duration * 2000))"
  FORMS="$cluster/forms-warm.txt" FORWARDED_PROTO=https wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s -s "$lua" "$url/melden" >/dev/null
  FORMS="$cluster/forms.txt" FORWARDED_PROTO=https ENDPOINT_NAME=submit wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s \
    -s "$lua" "$url/melden" | tail -n 1
  printf 'portal peak memory after the submissions (VmHWM): %s\n' "$(awk '/VmHWM/ {print $2, $3}' "/proc/$app_pid/status")"
  # A backlog: the submissions above are all waiting for triage in Noord-Holland's queue (fresh rows, not yet
  # vacuumed), as after a campaign or an outage. The queue must stay fast then too.
  printf 'backlog: %s new meldingen waiting for triage\n' \
    "$(psql -X -A -t -d mensenhandel_bench -c "SELECT count(*) FROM \"Reports\" WHERE \"SubmittedAt\" >= '$load_started'")"
  wrk_get backlog-queue-first "/meldingen" "$coordinator"
  wrk_get backlog-page-50 "/meldingen?pagina=50" "$coordinator"
else
  "$bench" load --url "$url" --pid "$app_pid" --duration "$duration" --warmup "$warmup" --connections "$connections" --case "$case_id" \
    --forwarded-proto https ${ENDPOINTS:+--endpoints "$ENDPOINTS"}
  printf 'dashboard-national GET /dashboard\n' > "$cluster/national.txt"
  "$bench" load --url "$url" --pid "$app_pid" --duration "$duration" --warmup "$warmup" --connections "$connections" \
    --email landelijk@demo.mensenhandel.nl --totp-secret VDURZGQ6B6OVJQNKMHV4Y2IBZWQN3MVT --forwarded-proto https \
    --endpoints "$cluster/national.txt" | tail -n +2
fi
printf 'portal peak memory (VmHWM): %s\n' "$(awk '/VmHWM/ {print $2, $3}' "/proc/$app_pid/status")"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

say "ceiling: a bare Razor page of the form's size"
form_bytes=${FORM_BYTES:-20000}
"$bench" ceiling --url http://127.0.0.1:5098 --bytes "$form_bytes" & ceiling_pid=$!
for _ in $(seq 1 60); do curl -fs http://127.0.0.1:5098/ >/dev/null 2>&1 && break; sleep 0.5; done
printf 'ceiling page: %s bytes\n' "$(curl -s http://127.0.0.1:5098/ | wc -c)"
if [ "$driver" = wrk ]; then
  url=http://127.0.0.1:5098 wrk_get ceiling-razor "/"
else
  printf 'ceiling-razor GET /\n' > "$cluster/ceiling.txt"
  "$bench" load --url http://127.0.0.1:5098 --pid "$ceiling_pid" --duration "$duration" --warmup "$warmup" --connections "$connections" --email none --endpoints "$cluster/ceiling.txt"
fi
kill "$ceiling_pid"; wait "$ceiling_pid" 2>/dev/null || true; ceiling_pid=""

# The submissions stored new meldingen in Noord-Holland's queue; the raw SQL runs on the generated data alone.
psql -X -q -d mensenhandel_bench -c "DELETE FROM \"OutboxMessages\"" \
  -c "DELETE FROM \"Reports\" WHERE \"SubmittedAt\" >= '$load_started'" -c "VACUUM ANALYZE \"Reports\"" >&2
say "raw SQL of the pages' main queries (pgbench, $connections clients, ${duration}s each)"
sqldir="$root/tests/Mensenhandel.Benchmarks/sql"
for f in "$sqldir"/*.sql; do
  name=$(basename "$f" .sql)
  out=$("$bin/pgbench" -n -c "$connections" -j 2 -T "$duration" -D case_id="$case_id" -f "$f" mensenhandel_bench 2>&1)
  tps=$(echo "$out" | awk -F'= ' '/^tps/ {print $2}' | awk '{print $1}')
  lat=$(echo "$out" | awk -F'= ' '/^latency average/ {print $2}')
  printf '%-28s tps %10s   latency avg %s\n' "$name" "$tps" "$lat"
done
