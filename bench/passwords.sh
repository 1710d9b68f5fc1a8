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
. "$(dirname "$0")/lib.sh"

clients="${1:-16}"
seconds="${2:-20}"
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "java: $(java -version 2>&1 | head -n 1), cores: $(nproc)"
java -cp "$(cat target/bench.classpath)" bench/PasswordHash.java 40

# Every request comes from 127.0.0.1, so the per-address back-off is raised for the run.
start_app --holdfast.accounts.address-free-attempts=100000
java bench/SignInLoad.java "$base" "$clients" "$seconds"
