# What the benchmark scripts share: source it from one of them (`. "$(dirname "$0")/lib.sh"`),
# don't run it. It moves to the project's root, makes a scratch folder ($work) that goes
# away at the end, and stops the app (and anything in bench_cleanup) on the way out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=$(mktemp -d)
trap 'if declare -F bench_cleanup >/dev/null; then bench_cleanup || true; fi
      kill "${app:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

# needs "install hint" tool...: stops with the hint when a tool is missing.
needs() {
  local hint=$1; shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "needs $tool ($hint)"; exit 1; }
  done
}

# The packaged jar, built first if there is none.
packaged_jar() {
  local jar
  jar=$(ls target/holdfast-*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -q -B package -DskipTests >&2
    jar=$(ls target/holdfast-*.jar | head -n 1)
  fi
  echo "$jar"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_app [app arguments...]: the packaged app on a fresh embedded database in $work/data.
# Sets $app (its process), $base (its address) and $jar. Returns once the readiness probe says
# it takes traffic: after the starter content is in, which /help answering doesn't mean.
start_app() {
  jar=$(packaged_jar)
  local port
  port=$(free_port)
  java -jar "$jar" --server.port="$port" --holdfast.data.dir="$work/data" "$@" >"$work/app.log" 2>&1 &
  app=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/actuator/health/readiness")" = 200 ]; do
    kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.3
  done
  base="http://localhost:$port"
}

# An adult member, signed up through the pages like anyone else. Sets $username and $session
# (the value of the hf_session cookie).
sign_up() {
  local cookies="$work/cookies" csrf
  username=$(python3 -c 'import random, string; print("bench-" + "".join(random.choice(string.ascii_lowercase) for _ in range(10)))')
  csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/account/sign-up" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "_csrf=$csrf" --data-urlencode "username=$username" \
    --data-urlencode "password=lamp otter biscuit rain" --data "ageBand=ADULT&guidelines=true&privacy=true" "$base/account/sign-up"
  session=$(awk '$6 == "hf_session" { print $7 }' "$cookies")
  [ -n "$session" ] || { echo "could not sign up"; exit 1; }
}

# db [psql arguments...]: psql on the app's embedded database (fixtures are written straight in).
db() {
  psql -q -h localhost -p "$(sed -n 4p "$work/data/postgres/postmaster.pid")" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

# wrk_stats [wrk arguments...] URL -> "requests/s p50 p90 p99 non-2xx" (latencies in ms):
# ten seconds of wrk with an English Accept-Language and no Accept-Encoding.
wrk_stats() {
  wrk -d10s --latency -H 'Accept-Language: en-GB' "$@" >"$work/wrk.txt" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    $1=="50%" { p50=ms($2) }
    $1=="90%" { p90=ms($2) }
    $1=="99%" { p99=ms($2) }
    /Non-2xx/ { bad=$NF }
    END { printf "%.0f %.1f %.1f %.1f %s\n", rps, p50, p90, p99, (bad==""?0:bad) }' "$work/wrk.txt"
}

# The same figures as a line for people to read.
wrk_line() {
  local rps p50 p90 p99 bad
  read -r rps p50 p90 p99 bad <<<"$(wrk_stats "$@")"
  printf '%7s requests/s  p50 %6s ms  p90 %6s ms  p99 %6s ms  non-2xx %s\n' "$rps" "$p50" "$p90" "$p99" "$bad"
}
