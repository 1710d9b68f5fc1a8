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
. "$(dirname "$0")/lib.sh"
needs "apt-get install wrk postgresql-client" wrk psql curl
start_app
sign_up

db -v username="$username" <<'SQL'
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
echo "entries: $(db -tA -c "select count(*) from journal_entry")," \
  "$(db -tA -c "select count(distinct day) from journal_entry") days"

page="$base/me/journal?days=365"
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: hf_session=$session" "$page")
[ "$status" = 200 ] || { echo "the journal answered $status"; exit 1; }
echo "page: $(wc -c <"$work/page.html") bytes, $(grep -o 'data-points="[0-9]*"' "$work/page.html" | tr -dc '0-9\n' | paste -sd+ | bc) points on the charts," \
  "$(grep -o '<tr>' "$work/page.html" | wc -l) table rows"

# wrk_run [wrk arguments...]: $page, as the signed-in member
wrk_run() { wrk_line -H "Cookie: hf_session=$session" "$@" "$page"; }
echo "warming up (3 x 10 s)"
for run in 1 2 3; do wrk_run -t2 -c8 >/dev/null; done
echo "/me/journal?days=365, one request at a time: $(wrk_run -t1 -c1)"
echo "/me/journal?days=365, 8 at once:             $(wrk_run -t2 -c8)"
page="$base/me/journal?days=7"
wrk_run -t1 -c1 >/dev/null
echo "for comparison, /me/journal?days=7 (10 entries), one at a time: $(wrk_run -t1 -c1)"
