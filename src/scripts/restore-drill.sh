#!/usr/bin/env bash
# Backup/restore drill: dumps a portal database with pg_dump (custom format), restores the dump into a fresh
# database with pg_restore, and proves the copy is the same portal:
#   1. every table has the same number of rows (and, unless --no-checksums, the same content);
#   2. every sequence stands at the same value, and the EF Core migrations history is identical;
#   3. the audit hash chain of the COPY verifies (the portal's own `--verify-audit`, when --app is given).
# Exits 0 when the drill passes, 1 when anything differs or fails. Nothing is changed in the source database.
#
# Usage: src/scripts/restore-drill.sh --source <database> [--target <database>] [--dump <file>]
#                                     [--app <path/to/Mensenhandel.Web.dll>] [--keep] [--no-checksums]
# The server and user come from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass).
# The user must be allowed to create databases. pg_dump/pg_restore must be at least the server's version:
# PG_BIN (default: the newest /usr/lib/postgresql/*/bin, else PATH) says where they are.
# With --app, the portal starts in Production and so needs its field keys as in production: Encryption__ActiveKeyId,
# Encryption__Keys__{id} and Encryption__BlindIndexKey in the environment (docs/privacy.md).
set -euo pipefail

source_db="" target_db="" dump="" app="" keep=0 checksums=1
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source_db=$2; shift 2 ;;
    --target) target_db=$2; shift 2 ;;
    --dump) dump=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --no-checksums) checksums=0; shift ;;
    *) echo "unknown argument: $1" >&2; exit 64 ;;
  esac
done
[ -n "$source_db" ] || { echo "usage: $0 --source <database> [--target <database>] [--dump <file>] [--app <dll>] [--keep] [--no-checksums]" >&2; exit 64; }

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
tool() { if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/$1" ]; then echo "$PG_BIN/$1"; else command -v "$1"; fi; }
PG_DUMP=$(tool pg_dump); PG_RESTORE=$(tool pg_restore); PSQL=$(tool psql)

say() { printf '[restore-drill] %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

target_db=${target_db:-"${source_db:0:40}_drill_$(date -u +%Y%m%d%H%M%S)"}
workdir=$(mktemp -d)
dump=${dump:-"$workdir/$source_db.dump"}
created=0
cleanup() {
  if [ "$created" -eq 1 ] && [ "$keep" -eq 0 ]; then
    "$PSQL" -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$target_db\" WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

q() { "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

say "dumping $source_db ($("$PG_DUMP" --version))"
"$PG_DUMP" --format=custom --compress=6 --file="$dump" --dbname="$source_db"
say "dump: $(du -h "$dump" | cut -f1)"

say "restoring into fresh database $target_db"
q postgres "CREATE DATABASE \"$target_db\" TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
created=1
# One transaction: a restore that fails half-way leaves nothing behind that could be mistaken for a backup.
"$PG_RESTORE" --exit-on-error --single-transaction --no-owner --dbname="$target_db" "$dump"

# The tables of the portal's schema (public), as the restore sees them.
tables_of() {
  q "$1" "SELECT quote_ident(table_name) FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
}
fingerprint() {
  # One query for all tables: "<table> <rows> <md5 of the sorted row texts>" per line.
  local db=$1 table sql=""
  for table in $(tables_of "$db"); do
    [ -n "$sql" ] && sql="$sql UNION ALL "
    if [ "$checksums" -eq 1 ]; then
      # Content in a stable order (sorted row texts), independent of the physical order after the restore.
      sql="$sql SELECT '$table ' || count(*) || ' ' || coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), '-')
                FROM (SELECT t::text AS r FROM public.$table t) AS rows_of"
    else
      sql="$sql SELECT '$table ' || count(*) FROM public.$table"
    fi
  done
  q "$db" "$sql"
}

say "comparing every table"
fingerprint "$source_db" > "$workdir/source.txt"
fingerprint "$target_db" > "$workdir/target.txt"
[ -s "$workdir/source.txt" ] || fail "the source database has no tables"
if ! diff -u "$workdir/source.txt" "$workdir/target.txt" >&2; then fail "the restored tables differ from the source"; fi
say "$(wc -l < "$workdir/source.txt") tables equal ($(awk '{s+=$2} END {print s}' "$workdir/source.txt") rows)"

# Sequences are not tables: their positions (the reference numbers' sequences, the audit ids) are compared
# apart, or a restored portal could hand out a number that is already taken.
say "comparing the sequences"
sequences="SELECT coalesce(string_agg(sequencename || ' ' || coalesce(last_value::text, 'unused'), ', ' ORDER BY sequencename), '')
           FROM pg_sequences WHERE schemaname = 'public'"
source_sequences=$(q "$source_db" "$sequences")
target_sequences=$(q "$target_db" "$sequences")
[ "$source_sequences" = "$target_sequences" ] || fail "sequences differ: '$source_sequences' vs '$target_sequences'"
say "sequences equal: ${source_sequences:-none}"

say "comparing the migrations history"
history='SELECT string_agg("MigrationId" || '"' '"' || "ProductVersion", '"','"' ORDER BY "MigrationId") FROM "__EFMigrationsHistory"'
source_history=$(q "$source_db" "$history")
target_history=$(q "$target_db" "$history")
[ -n "$source_history" ] || fail "the source has no migrations history"
[ "$source_history" = "$target_history" ] || fail "migrations history differs: '$source_history' vs '$target_history'"
say "migrations equal: $source_history"

if [ -n "$app" ]; then
  say "verifying the audit hash chain of the restored copy with the portal"
  conn="Host=${PGHOST:-localhost};Port=${PGPORT:-5432};Username=${PGUSER:-$(id -un)};Database=$target_db"
  [ -n "${PGPASSWORD:-}" ] && conn="$conn;Password=$PGPASSWORD"
  # Production: the portal neither migrates nor seeds demo data; it only reads the chain and exits.
  if ! (cd "$(dirname "$app")" && ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres \
        ConnectionStrings__Mensenhandel="$conn" Serilog__MinimumLevel__Default=Warning \
        dotnet "$(basename "$app")" --verify-audit); then
    fail "the audit hash chain of the restored copy does not verify"
  fi
else
  say "no --app given: the audit chain was compared row by row above, but not re-verified"
fi

say "PASSED: $source_db restores into $target_db$([ "$keep" -eq 1 ] && echo " (kept)")"
