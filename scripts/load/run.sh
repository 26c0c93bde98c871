#!/usr/bin/env bash
# Load benchmark at the protocol level (Vaadin's own requests, no browser) on the production jar.
#   scripts/load/run.sh [COUNTS] [SECONDS]          e.g. scripts/load/run.sh 50,200,500 120
#   scripts/load/run.sh storm [LEARNERS] [SECONDS]  LEARNERS log in within 10 s (default 100, 60 s)
# For each learner count: a new embedded H2 data directory, the jar started on it, the accounts
# registered through the registration page, the learners logging in over RAMP seconds and practising
# for SECONDS; then the figures, the server stopped and the stored answers counted.
# Environment: THINK (seconds, default 3-8), RAMP (default: a fifth of the learners, at least 10 s),
# LIMIT (the practice time limit in minutes, 0 for untimed; default the form's, 10), HEARTBEAT
# (seconds; default the server's own interval), LOAD_PORT (18300), SERVER_JAVA_OPTS,
# LOAD_BASE_URL (drive a server already running there instead: no CPU, heap or database figures).
set -euo pipefail
cd "$(dirname "$0")/../.."
storm=false
if [ "${1:-}" = storm ]; then
  storm=true
  counts=${2:-100}
  seconds=${3:-60}
else
  counts=${1:-50}
  seconds=${2:-120}
fi
jar=ui/target/csto-quiz.jar
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$jdk/bin/java
port=${LOAD_PORT:-18300}
work=$(mktemp -d /tmp/csto-load.XXXXXX)
./mvnw -q -B -f scripts/load/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath=$(cat "$work/classpath.txt")
driver_options=(-Dthink="${THINK:-3-8}" -Djcmd="$jdk/bin/jcmd")
if [ -n "${HEARTBEAT:-}" ]; then
  driver_options+=(-Dheartbeat="$HEARTBEAT")
fi
if [ -n "${LIMIT:-}" ]; then
  driver_options+=(-Dlimit="$LIMIT")
fi
summary=()

for learners in ${counts//,/ }; do
  if $storm; then
    ramp=10
  else
    ramp=${RAMP:-$(( learners / 5 > 10 ? learners / 5 : 10 ))}
  fi
  log="$work/driver-$learners.log"
  if [ -n "${LOAD_BASE_URL:-}" ]; then
    echo "== $learners learners against $LOAD_BASE_URL, $seconds s, logging in over $ramp s"
    "$java" "${driver_options[@]}" -cp "$classpath" scripts/load/Load.java "$LOAD_BASE_URL" "$learners" "$seconds" "$ramp" | tee "$log"
    summary+=("$(grep '^RESULT learners' "$log" || echo "RESULT learners=$learners failed")")
    continue
  fi
  if [ ! -f "$jar" ]; then
    echo "No $jar: build it first with JAVA_HOME=<JDK 21+> ./mvnw -Pproduction -DskipTests package" >&2
    exit 2
  fi
  data="$work/data-$learners"
  echo "== $learners learners, $seconds s, logging in over $ramp s; data directory $data, port $port"
  # shellcheck disable=SC2086
  "$java" ${SERVER_JAVA_OPTS:-} -jar "$jar" --csto-quiz.data-dir="$data" --server.port="$port" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$work/access-$learners" \
    --server.tomcat.accesslog.pattern='%{msec}t %m %U%q %s %D' >"$work/server-$learners.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { echo "The server stopped; see $work/server-$learners.log" >&2; exit 1; }
    sleep 1
  done
  "$java" "${driver_options[@]}" -cp "$classpath" scripts/load/Load.java "http://localhost:$port" "$learners" "$seconds" "$ramp" "$server" \
    | tee "$log"
  kill -TERM "$server"
  wait "$server" || true
  trap - EXIT
  window=$(sed -n 's/^WINDOW \([0-9]*\) \([0-9]*\)$/\1 \2/p' "$log")
  if [ -n "$window" ]; then
    # shellcheck disable=SC2086
    "$java" -cp "$classpath" scripts/load/Load.java - server-times "$work/access-$learners" $window | tee -a "$log"
  fi
  "$java" -cp "$classpath" scripts/load/Load.java - count "jdbc:h2:file:$data/db/csto-quiz" | tee -a "$log"
  confirmed=$(sed -n 's/^RESULT learners=.* confirmed=\([0-9]*\) .*/\1/p' "$log")
  found=$(sed -n 's/^RESULT found=\([0-9]*\)$/\1/p' "$log")
  echo "Answers confirmed by the feedback: ${confirmed:-?}; SUBMITTED steps in the database: ${found:-?}"
  echo "ERROR lines in the server log: $(grep -c " ERROR " "$work/server-$learners.log" || true);" \
    "WARN lines after start-up: $(grep " WARN " "$work/server-$learners.log" | grep -vc "\[ *main\]" || true) ($work/server-$learners.log)"
  summary+=("$(grep '^RESULT learners' "$log" || echo "RESULT learners=$learners failed") stored=${found:-?}")
done

echo
echo "== Summary (logs in $work)"
printf '%s\n' "${summary[@]}"
