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
. "$(dirname "$0")/lib.sh"
needs "apt-get install wrk postgresql-client" wrk psql curl
# shellcheck disable=SC2086  # the extra arguments are meant to split
start_app ${HOLDFAST_BENCH_ARGS:-}
sign_up

echo "writing the fixture"
db -v username="$username" <<'SQL'
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
echo "posts: $(db -tA -c "select count(*) from community_post")," \
  "threads: $(db -tA -c "select count(*) from community_thread")," \
  "reactions: $(db -tA -c "select count(*) from community_reaction")"
long=$(db -tA -c "select id from community_thread where title = 'The long thread'")

check() {
  local status
  status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: hf_session=$session" "$1")
  [ "$status" = 200 ] || { echo "$1 answered $status"; exit 1; }
  echo "$1: $(wc -c <"$work/page.html") bytes, $(grep -c 'class="thread-row"' "$work/page.html") threads," \
    "$(grep -c '<article class="post' "$work/page.html") posts"
}

# wrk_run URL [wrk arguments...]: as the signed-in member
wrk_run() { local url=$1; shift; wrk_line -H "Cookie: hf_session=$session" "$@" "$url"; }

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
