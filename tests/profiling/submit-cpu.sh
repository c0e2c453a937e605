#!/usr/bin/env bash
# submit-cpu.sh <database> [seconds=10]: CPU per submission (POST /melden) of the portal and of the whole machine,
# counted only over the measured seconds: the driver first fetches FORMS (2,500) blank forms per connection, then
# submits for WARM (60) seconds unmeasured and then for <seconds> measured. Use a copy of a generated database:
# every submission stays in it.
source "$(dirname "$0")/common.sh"
db=$1; secs=${2:-10}; warm=${WARM:-60}
rm -rf "/tmp/prof-mail-$db"
start_portal "$db"
printf 'submit POST-MELDING /melden\n' > "/tmp/prof-submit-$db.txt"
out=/tmp/prof-submit-$db.out; err=/tmp/prof-submit-$db.err; : > "$err"
"$bench" load --url "$url" --pid "$pid" --duration "$secs" --warmup "$warm" --connections 32 --email none \
  --forms-per-connection "${FORMS:-2500}" --endpoints "/tmp/prof-submit-$db.txt" >"$out" 2>"$err" & load=$!
until grep -q fetched "$err"; do sleep 0.1; done
sleep "$warm"; a=$(ticks); b=$(busy); sleep "$secs"; a2=$(ticks); b2=$(busy)
wait "$load"; cat "$out" "$err"
reqs=$(awk '$1=="submit" {print $7}' "$out")
awk -v r="$reqs" -v a=$((a2-a)) -v b=$((b2-b)) \
  'BEGIN {printf "measured %d POSTs; portal CPU %.3f ms/submission; machine CPU %.3f ms/submission\n", r, a*10/r, b*10/r}'
echo "mails written: $(find "/tmp/prof-mail-$db" -type f 2>/dev/null | wc -l); unsent outbox rows:" \
  "$(psql -X -A -t -d "$db" -c 'SELECT count(*) FROM "OutboxMessages" WHERE "SentAt" IS NULL')"
