#!/usr/bin/env bash
# Password hashing and sign-in figures for the issue notes:
#   1. the time of one Argon2id hash with Holdfast's parameters (one thread, no server);
#   2. sign-ins per second at 16 concurrent clients against the packaged app on the
#      embedded database, and the time of failed sign-ins for unknown usernames versus
#      wrong passwords.
#
#   bench/passwords.sh [clients] [seconds]      (defaults: 16 clients, 20 seconds)
#
# Run it on a quiet machine; it builds the jar if there is none.
set -euo pipefail
cd "$(dirname "$0")/.."

clients="${1:-16}"
seconds="${2:-20}"
jar=$(ls target/holdfast-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/holdfast-*.jar | head -n 1)
fi
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "java: $(java -version 2>&1 | head -n 1), cores: $(nproc)"
java -cp "$(cat target/bench.classpath)" bench/PasswordHash.java 40

data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
trap 'kill "${pid:-0}" 2>/dev/null || true; wait "${pid:-0}" 2>/dev/null || true; rm -rf "$data"' EXIT
# Every request comes from 127.0.0.1, so the per-address back-off is raised for the run.
java -jar "$jar" --server.port="$port" --holdfast.data.dir="$data" \
  --holdfast.accounts.address-free-attempts=100000 >"$data/app.log" 2>&1 &
pid=$!
until curl -s -o /dev/null "http://localhost:$port/help"; do
  if ! kill -0 "$pid" 2>/dev/null; then cat "$data/app.log"; exit 1; fi
  sleep 0.2
done
java bench/SignInLoad.java "http://localhost:$port" "$clients" "$seconds"
