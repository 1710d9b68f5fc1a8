#!/usr/bin/env bash
# Start-up time to the first 200, and the size of /help (raw and gzip), on the embedded database.
#
#   bench/startup-and-size.sh [runs]      (default 3 runs; the first one creates the database)
#
# Each run starts `java -jar` on a fresh port with the same data directory and times until
# GET / answers 200. Run 1 includes initdb and unpacking PostgreSQL; later runs are the
# "after the first run" figure. Sizes are what a British visitor gets (Accept-Language: en-GB).
. "$(dirname "$0")/lib.sh"

runs="${1:-3}"
jar=$(packaged_jar)
data="$work/data"
mkdir -p "$data"
port=$(free_port)
echo "jar: $jar ($(du -h "$jar" | cut -f1)), java: $(java -version 2>&1 | head -n 1), cores: $(nproc)"
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" --server.port="$port" --holdfast.data.dir="$data" >"$data/run-$run.log" 2>&1 &
  app=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" 2>/dev/null | grep -q 200; do
    if ! kill -0 "$app" 2>/dev/null; then echo "run $run: the app exited; see $data/run-$run.log"; cat "$data/run-$run.log"; exit 1; fi
    sleep 0.02
  done
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms from java -jar to the first 200 on /$([ "$run" = 1 ] && echo ' (creates the database)')"
  if [ "$run" = "$runs" ]; then
    base="http://localhost:$port"
    html_raw=$(curl -s -H 'Accept-Language: en-GB' -o /dev/null -w '%{size_download}' "$base/help")
    html_gz=$(curl -s -H 'Accept-Language: en-GB' -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base/help")
    css=$(curl -s "$base/help" | grep -o '/css/[^"]*\.css' | head -n 1)
    css_raw=$(curl -s -o /dev/null -w '%{size_download}' "$base$css")
    css_gz=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$css")
    js=$(curl -s "$base/help" | grep -o '/js/[^"]*\.js' | head -n 1)
    js_raw=$(curl -s -o /dev/null -w '%{size_download}' "$base$js")
    js_gz=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$js")
    echo "/help HTML: $html_raw bytes raw, $html_gz bytes gzip"
    echo "CSS $css: $css_raw bytes raw, $css_gz bytes gzip"
    echo "JS  $js: $js_raw bytes raw, $js_gz bytes gzip"
    echo "/help HTML + CSS gzip: $((html_gz + css_gz)) bytes (target: <= 14336)"
  fi
  kill "$app"; wait "$app" 2>/dev/null || true
done
