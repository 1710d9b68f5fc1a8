#!/usr/bin/env bash
# The journal's history page with a year of entries: how long the server takes to draw the
# chart (two SVG charts), the summary and the table for 365 days.
#   - the packaged app on the embedded database, a member signed up through the pages;
#   - a year of entries written straight into the database: one a day, two on every third
#     day (487 entries), with what-was-going-on text and what helped;
#   - wrk on loopback with the member's session, no Accept-Encoding: one request at a time
#     (the time one person waits) after warming up, then 8 at once.
#
#   bench/journal-chart.sh     (needs wrk, psql and curl: apt-get install wrk postgresql-client)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk psql curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk postgresql-client)"; exit 1; }
done

jar=$(ls target/holdfast-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/holdfast-*.jar | head -n 1)
fi
work=$(mktemp -d)
app_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap 'kill "${app:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

java -jar "$jar" --server.port="$app_port" --holdfast.data.dir="$work/data" >"$work/app.log" 2>&1 &
app=$!
until curl -s -o /dev/null "http://localhost:$app_port/help"; do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.3
done
base="http://localhost:$app_port"

# A member, signed up through the pages like anyone else.
jar_file="$work/cookies"
username=$(python3 -c 'import random, string; print("bench-" + "".join(random.choice(string.ascii_lowercase) for _ in range(10)))')
csrf=$(curl -s -c "$jar_file" -b "$jar_file" "$base/account/sign-up" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "_csrf=$csrf" --data-urlencode "username=$username" \
  --data-urlencode "password=lamp otter biscuit rain" --data "ageBand=ADULT&guidelines=true&privacy=true" "$base/account/sign-up"
session=$(awk '$6 == "hf_session" { print $7 }' "$jar_file")
[ -n "$session" ] || { echo "could not sign up"; exit 1; }

pg_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
psql -q -h localhost -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -v username="$username" <<'SQL'
with me as (select id from member where username = :'username'),
days as (select current_date - n as day, n from generate_series(0, 364) n),
rows as (
  select day, n, k from days, generate_series(1, 2) k where k = 1 or n % 3 = 0
)
insert into journal_entry (member_id, day, mood, urge, situation, note, written_at, updated_at)
select me.id, day, 1 + (n * 7 + k) % 5, (n * 3 + k * 5) % 11,
       'Day ' || n || ': school, then a long evening at home',
       case when n % 4 = 0 then 'Felt a bit better after a walk' end,
       day + make_interval(hours => 8 + k * 6), now()
from rows, me;
insert into journal_helped (entry_id, member_id, activity_id)
select e.id, e.member_id, (select id from coping_activity order by id limit 1 offset (e.id % 40))
from journal_entry e join member m on m.id = e.member_id
where m.username = :'username' and e.id % 2 = 0;
SQL
echo "entries: $(psql -tA -h localhost -p "$pg_port" -U postgres -d postgres -c "select count(*) from journal_entry")," \
  "$(psql -tA -h localhost -p "$pg_port" -U postgres -d postgres -c "select count(distinct day) from journal_entry") days"

page="$base/me/journal?days=365"
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: hf_session=$session" "$page")
[ "$status" = 200 ] || { echo "the journal answered $status"; exit 1; }
echo "page: $(wc -c <"$work/page.html") bytes, $(grep -o 'data-points="[0-9]*"' "$work/page.html" | tr -dc '0-9\n' | paste -sd+ | bc) points on the charts," \
  "$(grep -o '<tr>' "$work/page.html" | wc -l) table rows"

wrk_run() {
  wrk -d10s --latency -H 'Accept-Language: en-GB' -H "Cookie: hf_session=$session" "$@" "$page" >"$work/wrk.txt" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    $1=="50%" { p50=ms($2) }
    $1=="90%" { p90=ms($2) }
    $1=="99%" { p99=ms($2) }
    /Non-2xx/ { bad=$NF }
    END { printf "%7.0f requests/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  non-2xx %s\n", rps, p50, p90, p99, (bad==""?0:bad) }' "$work/wrk.txt"
}
echo "warming up (3 x 10 s)"
for run in 1 2 3; do wrk_run -t2 -c8 >/dev/null; done
echo "/me/journal?days=365, one request at a time: $(wrk_run -t1 -c1)"
echo "/me/journal?days=365, 8 at once:             $(wrk_run -t2 -c8)"
page="$base/me/journal?days=7"
wrk_run -t1 -c1 >/dev/null
echo "for comparison, /me/journal?days=7 (10 entries), one at a time: $(wrk_run -t1 -c1)"
