#!/usr/bin/env bash
# setup.sh <database> [meldingen=100000]: a migrated, seeded, generated database to profile on (replaced if it exists).
# Then copy it per measurement: CREATE DATABASE copy TEMPLATE <database>.
source "$(dirname "$0")/common.sh"
db=$1; n=${2:-100000}
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
start_portal "$db"      # Development: migrations, demo organisations and accounts, the field keys
kill "$pid"; wait "$pid" 2>/dev/null || true
"$bench" generate --connection "$(connection "$db")" --meldingen "$n" --field-keys "$web/App_Data/field-keys.json" >/dev/null
echo "database $db ready; a casus of Noord-Holland: $(case_of "$db")"
