# Sourced by the profiling scripts (docs/performance.md, "Profiling"): one page or the submissions at a time, on a
# generated database of a PostgreSQL server of your own (PGHOST, PGPORT, PGUSER; default 127.0.0.1:55432 as
# postgres, a development cluster), with this repository's Release builds (build them first).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-55432} PGUSER=${PGUSER:-postgres}
web=${WEB:-$root/src/Mensenhandel.Web/bin/Release/net10.0}
bench=$root/tests/Mensenhandel.Benchmarks/bin/Release/net10.0/Mensenhandel.Benchmarks
pid=""; url=""

connection() { echo "Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$1;Maximum Pool Size=64"; }

# A recent casus of Noord-Holland, the coordinator's region: replaces CASE in a path.
case_of() { psql -X -A -t -d "$1" -c "SELECT \"Id\" FROM \"Cases\" WHERE \"RegionId\" = 'RE04' ORDER BY \"OpenedAt\" DESC LIMIT 1"; }

# start_portal <database> [environment=Development] [port]: the Release portal on loopback; sets pid and url.
# PORTAL_ENV adds environment assignments ("DOTNET_TieredPGO=0 …"). Production gets the field keys the first
# Development start wrote (in the build folder's appsettings.Production.json, never in the repository) and
# 127.0.0.1 as its trusted TLS proxy: requests then need X-Forwarded-Proto: https (see $proxy).
start_portal() {
  local db=$1 environment=${2:-Development} port=${3:-$(( 21000 + RANDOM % 20000 ))}
  url=http://127.0.0.1:$port
  if [ "$environment" = Production ]; then
    printf '{"Encryption": %s, "ForwardedHeaders": {"KnownProxies": ["127.0.0.1"]}}\n' "$(cat "$web/App_Data/field-keys.json")" \
      > "$web/appsettings.Production.json"
  fi
  # shellcheck disable=SC2086
  (cd "$web" && exec env ASPNETCORE_ENVIRONMENT="$environment" ASPNETCORE_URLS="$url" Database__Provider=Postgres \
    ConnectionStrings__Mensenhandel="$(connection "$db")" Demo__SkipMfa=false RateLimits__Melden__PermitLimit=100000000 \
    Mail__PickupDirectory="/tmp/prof-mail-$db" Jobs__Enabled=false Serilog__MinimumLevel__Default=Warning ${PORTAL_ENV:-} \
    dotnet Mensenhandel.Web.dll >"/tmp/prof-app-$db.log" 2>&1) &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -fs "$url/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the portal did not start; see /tmp/prof-app-$db.log" >&2
  return 1
}

proxy=(-H "X-Forwarded-Proto: https")

# The portal's CPU and the machine's busy time, in 10 ms ticks.
ticks() { awk '{print $14+$15}' "/proc/$pid/stat"; }
busy() { awk '/^cpu / {print $2+$3+$4+$7+$8}' /proc/stat; }
