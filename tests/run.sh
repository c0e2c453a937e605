#!/usr/bin/env bash
# Runs every test of the portal on a fresh Debian 12 machine that has only the .NET 10 SDK.
#  - installs PostgreSQL and Chromium from Debian's packages when they are missing (needs root or sudo);
#  - starts a throwaway PostgreSQL cluster on loopback in a temporary directory, unless
#    MENSENHANDEL_TEST_POSTGRES names a server to use instead;
#  - runs every test project against it, stops the cluster, and prints "N passed, N failed".
# Exits non-zero when anything fails. Test results (TRX, screenshots) go to artifacts/test-results.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

log() { printf '[tests] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else log "need root to run: $*"; return 1
  fi
}

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

packages=()
if [ -z "${MENSENHANDEL_TEST_POSTGRES:-}" ] && ! pg_bin >/dev/null; then packages+=(postgresql postgresql-contrib); fi
if [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
if [ ${#packages[@]} -gt 0 ]; then
  log "installing ${packages[*]} from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

cluster=""
cleanup() {
  if [ -n "$cluster" ] && [ -d "$cluster" ]; then
    run_pg "$(pg_bin)/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
  fi
}
trap cleanup EXIT

run_pg() {
  # initdb refuses to run as root: the cluster belongs to the postgres user when we are root.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -z "${MENSENHANDEL_TEST_POSTGRES:-}" ]; then
  bin="$(pg_bin)"
  cluster="$(mktemp -d /tmp/mensenhandel-pg.XXXXXX)"
  chmod 755 "$cluster"
  [ "$(id -u)" -eq 0 ] && chown postgres "$cluster"
  port=$(( 20000 + RANDOM % 20000 ))
  run_pg "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # fsync off is for throwaway test clusters only.
  run_pg "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/postgres.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  export MENSENHANDEL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
fi

export MENSENHANDEL_TEST_ARTIFACTS="$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log "building"
dotnet build Mensenhandel.sln -c Release -nologo -v quiet -clp:ErrorsOnly

passed=0; failed=0; skipped=0; status=0
for project in tests/Mensenhandel.Domain.Tests tests/Mensenhandel.Web.Tests tests/Mensenhandel.BrowserTests; do
  name="$(basename "$project")"
  log "running $name"
  if ! dotnet test "$project" -c Release --no-build -nologo \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
        --logger "console;verbosity=minimal"; then
    status=1
  fi
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
    passed=$(( passed + $(value passed) ))
    failed=$(( failed + $(value failed) ))
    skipped=$(( skipped + $(value notExecuted) ))
  else
    log "$name produced no results"
    failed=$(( failed + 1 )); status=1
  fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
