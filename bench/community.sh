#!/usr/bin/env bash
# The community with a lot in it: how long the server takes to show a space's list of
# threads and a long thread, with 100,000 posts in the database.
#   - the packaged app on the embedded database, a member signed up through the pages;
#   - written straight into the database: 4,000 threads of 25 posts in "Self-harm support"
#     (100,000 posts, spread over the last 100 days), a thread of 1 + 200 posts, and 60,000
#     support reactions; the member has opened a tenth of the threads;
#   - wrk on loopback with the member's session, no Accept-Encoding: one request at a time
#     after warming up, then 64 at once (the target: p99 under 50 ms at 64 connections).
#
#   bench/community.sh     (needs wrk, psql and curl: apt-get install wrk postgresql-client)
#   HOLDFAST_BENCH_ARGS="--some.setting=value" bench/community.sh   to try a setting
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

java -jar "$jar" --server.port="$app_port" --holdfast.data.dir="$work/data" ${HOLDFAST_BENCH_ARGS:-} >"$work/app.log" 2>&1 &
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
sql() { psql -q -h localhost -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
echo "writing the fixture"
sql -v username="$username" <<'SQL'
-- 200 other members write the posts (copies of the bench member's row, other names).
insert into member (username, password_hash, age_band, joined_at, agreed_at)
select 'writer-' || n, password_hash, 'ADULT', now() - interval '200 days', now() - interval '200 days'
from member, generate_series(1, 200) n where username = :'username';
insert into member_role (member_id, role) select id, 'MEMBER' from member where username like 'writer-%';

create temporary table writers as select row_number() over (order by id) - 1 as n, id from member where username like 'writer-%';

insert into community_thread (space_id, author_id, title, created_at, last_activity_at, reply_count, listed)
select s.id, w.id, 'Thread ' || t || ': getting through the evenings', now() - make_interval(days => 100) + make_interval(mins => t * 36),
       now() - make_interval(days => 100) + make_interval(mins => t * 36 + 24 * 60), 24, true
from community_space s, generate_series(1, 4000) t join writers w on w.n = t % 200
where s.slug = 'self-harm-support';

insert into community_post (thread_id, author_id, opener, body, html, content_warning, created_at, state)
select t.id, w.id, k = 0,
       'Post ' || k || ' in this thread. Some days are harder than others, and that is okay. What helped me was a walk.',
       '<p>Post ' || k || ' in this thread. Some days are harder than others, and that is okay. What helped me was a <em>walk</em>.</p>',
       case when k % 7 = 3 then 'a hard day' end,
       t.created_at + make_interval(mins => k * 60), 'PUBLISHED'
from community_thread t, generate_series(0, 24) k join writers w on w.n = k * 7 % 200
where t.title like 'Thread %';

-- The long thread: an opening post and 200 replies, the latest activity in the space.
with thread as (
  insert into community_thread (space_id, author_id, title, created_at, last_activity_at, reply_count, listed)
  select s.id, (select id from writers where n = 0), 'The long thread', now() - interval '2 days', now(), 200, true
  from community_space s where s.slug = 'self-harm-support' returning id, created_at)
insert into community_post (thread_id, author_id, opener, body, html, content_warning, created_at, state)
select thread.id, w.id, k = 0, 'Reply ' || k || ': you are not alone. Breathing slowly helps me when it gets loud.',
       '<p>Reply ' || k || ': you are not alone. <strong>Breathing slowly</strong> helps me when it gets loud.</p>',
       case when k % 10 = 5 then 'urges' end, thread.created_at + make_interval(mins => k * 10), 'PUBLISHED'
from thread, generate_series(0, 200) k join writers w on w.n = k % 200;

insert into community_reaction (post_id, member_id, kind, reacted_at)
select p.id, w.id, case when (p.id + w.n) % 2 = 0 then 'HEAR' else 'STRENGTH' end, p.created_at + interval '5 minutes'
from (select id, created_at from community_post order by id limit 20000) p
join writers w on w.n in (p.id % 200, (p.id + 1) % 200, (p.id + 2) % 200);

insert into community_visit (member_id, thread_id, seen_at)
select m.id, t.id, t.created_at + interval '1 hour'
from member m, community_thread t where m.username = :'username' and t.id % 10 = 0;
analyze;
SQL
echo "posts: $(sql -tA -c "select count(*) from community_post")," \
  "threads: $(sql -tA -c "select count(*) from community_thread")," \
  "reactions: $(sql -tA -c "select count(*) from community_reaction")"
long=$(sql -tA -c "select id from community_thread where title = 'The long thread'")

check() {
  local status
  status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: hf_session=$session" "$1")
  [ "$status" = 200 ] || { echo "$1 answered $status"; exit 1; }
  echo "$1: $(wc -c <"$work/page.html") bytes, $(grep -c 'class="thread-row"' "$work/page.html") threads," \
    "$(grep -c '<article class="post' "$work/page.html") posts"
}

wrk_run() {
  local url=$1; shift
  wrk -d10s --latency -H 'Accept-Language: en-GB' -H "Cookie: hf_session=$session" "$@" "$url" >"$work/wrk.txt" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    $1=="50%" { p50=ms($2) }
    $1=="90%" { p90=ms($2) }
    $1=="99%" { p99=ms($2) }
    /Non-2xx/ { bad=$NF }
    END { printf "%7.0f requests/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  non-2xx %s\n", rps, p50, p90, p99, (bad==""?0:bad) }' "$work/wrk.txt"
}

space="$base/community/self-harm-support"
deep="$base/community/self-harm-support?page=100"
thread="$base/community/threads/$long"
last="$base/community/threads/$long?page=4"
for url in "$space" "$deep" "$thread" "$last"; do check "$url"; done
echo "warming up (3 x 10 s)"
for run in 1 2 3; do wrk_run "$space" -t2 -c16 >/dev/null; wrk_run "$thread" -t2 -c16 >/dev/null; done
for url in "$space" "$deep" "$thread" "$last" "$base/community"; do
  echo "${url#$base}"
  echo "  one at a time: $(wrk_run "$url" -t1 -c1)"
  echo "  64 at once:    $(wrk_run "$url" -t2 -c64)"
done
