#!/usr/bin/env bash
# Page speed, by the protocol in the project's performance reference:
#   - the packaged app on the embedded database, warmed up until two 10 s runs in a row agree
#     within 10 %;
#   - wrk -t2 -c64 -d10s --latency on loopback, with no Accept-Encoding (same bytes as nginx);
#   - nginx (Debian's nginx-light: worker_processes 2, access_log off, sendfile on, gzip off)
#     serving a saved copy of the same article HTML, interleaved app / nginx / app / nginx;
#   - /help, an article page and a search; then 10,000 generated articles (a fixture, not shipped
#     content) and a search and the list's first and last pages again.
#
#   bench/pages.sh            (needs wrk, nginx and psql: apt-get install wrk nginx-light postgresql-client)
. "$(dirname "$0")/lib.sh"
needs "apt-get install wrk nginx-light postgresql-client" wrk nginx psql curl
nginx_port=$(free_port)
bench_cleanup() { [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")"; }
start_app
article="/articles/what-is-self-harm"

mkdir -p "$work/www"
status=$(curl -s -w '%{http_code}' -H 'Accept-Language: en-GB' "$base$article" -o "$work/www/article.html")
[ "$status" = 200 ] || { echo "$article answered $status"; exit 1; }
chmod 755 "$work" "$work/www"; chmod 644 "$work/www/article.html"   # nginx workers run as www-data
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  gzip off;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /article.html { }
    root $work/www;
    default_type text/html;
  }
}
CONF
nginx -c "$work/nginx.conf"

measure() { wrk_stats -t2 -c64 "$1"; }
# the same page rendered every time: a session cookie bypasses the page cache
measure_session() { wrk_stats -t2 -c64 -H 'Cookie: hf_session=bench' "$1"; }

warm_up() { # url [max runs]
  local previous=0
  for run in $(seq 1 "${2:-8}"); do
    read -r rps _ <<<"$(measure "$1")"
    if [ "$previous" -gt 0 ] && awk -v a="$rps" -v b="$previous" 'BEGIN { d=(a-b)/b; exit !(d<0.10 && d>-0.10) }'; then
      echo "  warmed up $1 after $run runs ($previous, $rps requests/s)"
      return
    fi
    previous=$rps
  done
  echo "  $1 did not settle within ${2:-8} runs (last $rps requests/s)"
}

report() { # name, then values "rps p50 p90 p99 non2xx" ...
  local name=$1; shift
  printf '%-34s' "$name"
  for v in "$@"; do read -r rps p50 _ p99 bad <<<"$v"; printf ' | %6s req/s p50 %5s ms p99 %6s ms%s' "$rps" "$p50" "$p99" "$([ "$bad" != 0 ] && echo " ($bad non-2xx)")"; done
  echo
}

median2() { echo "$1 $2" | awk '{ print ($1 < $2) ? $1 : $2 }'; }

echo "java: $(java -version 2>&1 | head -n 1), cores: $(nproc), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), $(nginx -v 2>&1)"
echo "sizes: article $(wc -c <"$work/www/article.html") bytes raw, $(curl -s -H 'Accept-Language: en-GB' -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$article") bytes gzip"
echo "warming up:"
for path in /help "$article" "/articles?q=urges"; do warm_up "$base$path"; done

echo "measured (wrk -t2 -c64 -d10s, identity encoding), interleaved:"
app1=$(measure "$base$article"); nginx1=$(measure "http://127.0.0.1:$nginx_port/article.html")
app2=$(measure "$base$article"); nginx2=$(measure "http://127.0.0.1:$nginx_port/article.html")
report "article (app)" "$app1" "$app2"
report "same HTML (nginx)" "$nginx1" "$nginx2"
app_rps=$(median2 "${app1%% *}" "${app2%% *}"); nginx_rps=$(median2 "${nginx1%% *}" "${nginx2%% *}")
echo "article / nginx (lower of each pair): $(awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN { printf "%.1f %%", 100*a/n }') (target >= 25 %, p99 < 50 ms)"
report "/help" "$(measure "$base/help")"
measure_session "$base$article" >/dev/null
report "article, rendered each time" "$(measure_session "$base$article")"
report "search /articles?q=urges" "$(measure "$base/articles?q=urges")"

echo "adding 10,000 generated articles (bench fixture) ..."
db <<'SQL'
insert into article (slug, title, summary, markdown, html, plain_text, contents, reading_minutes, state, created_at, updated_at,
                     latest_revision, published_revision)
select 'bench-' || g, initcap(w.title), 'A generated article for the benchmark.', w.body, '<p>' || w.body || '</p>', w.body, '', 3,
       'PUBLISHED', now() - make_interval(mins => g), now() - make_interval(mins => g), 1, 1
from generate_series(1, 10000) g
cross join lateral (
  select array_to_string((array_agg(word))[1:5], ' ') as title, string_agg(word, ' ') as body
  from (select word from search_word where g > 0 order by random() limit 400) s
) w;
insert into article_topic (article_id, topic_id)
select a.id, t.id from article a join topic t on t.id = 1 + (a.id % (select count(*) from topic))
where a.slug like 'bench-%';
analyze article;
SQL
echo "  $(db -tA -c "select count(*) from article where state = 'PUBLISHED'") published articles"
# Searches with a different word each time, so that no answer comes from the page cache.
db -tA \
  -c "select word from search_word where char_length(word) >= 4 order by random() limit 500" >"$work/words.txt"
{
  echo 'local words = {}'
  while read -r word; do echo "words[#words + 1] = \"$word\""; done <"$work/words.txt"
  # a throwaway parameter makes every address new, so the page cache never answers
  echo 'request = function() return wrk.format("GET", "/articles?q=" .. words[math.random(#words)] .. "&r=" .. math.random(1000000000)) end'
} >"$work/search.lua"
# The same 500 words without the throwaway parameter: searches people repeat, after the first
# of each, come from the page cache.
sed 's/ .. "&r=" .. math.random(1000000000)//' "$work/search.lua" >"$work/search-repeated.lua"
measure_script() { wrk_stats -t2 -c64 -s "$1" "$base"; }
measure_script "$work/search.lua" >/dev/null
measure_script "$work/search.lua" >/dev/null
report "search, a different word each time" "$(measure_script "$work/search.lua")"
report "  the same, one search at a time" "$(wrk_stats -t1 -c1 -s "$work/search.lua" "$base")"
measure_script "$work/search-repeated.lua" >/dev/null
report "search, 500 words repeating" "$(measure_script "$work/search-repeated.lua")"
for path in "/articles" "/articles?page=500" "/articles?page=1000"; do
  warm_up "$base$path" 3 >/dev/null
  report "$path (cached)" "$(measure "$base$path")"
  report "$path (rendered each time)" "$(measure_session "$base$path")"
done
