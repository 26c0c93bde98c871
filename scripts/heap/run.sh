#!/usr/bin/env bash
# Heap per live learner session with real browsers: starts the production jar on a new embedded H2
# database, opens 0, 10, 30 and 60 learners (or the COUNTS given) in Chromium, each logged in and in
# the middle of a practice session, and prints the live heap at each count, its slope in KB per
# session with r², and the heap left per learner once they have all logged out.
#   scripts/heap/run.sh [COUNTS...]
# e.g. scripts/heap/run.sh 0 10 30 60
# The jar is ui/target/csto-quiz.jar unless HEAP_JAR names another; the port is 18280 unless HEAP_PORT.
# HEAP_SERVER_ARGS are passed to the application (e.g. --vaadin.heartbeatInterval=10), and with
# HEAP_SETTLE_SECONDS the driver waits that long before each measurement (e.g. three heartbeats and a
# bit, for the server to drop the UIs of pages left without closing). With HEAP_DUMP_DIR, a dump of the
# live objects at each count is written there (heap-COUNT.hprof, heap-after-logout.hprof), for
# scripts/heap/Dominators.java to say what holds the heap.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${HEAP_JAR:-ui/target/csto-quiz.jar}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -f "$jar" ]; then
  echo "No $jar: build it first with JAVA_HOME=<JDK 21+> ./mvnw -Pproduction -DskipTests package" >&2
  exit 2
fi
work=$(mktemp -d /tmp/csto-heap.XXXXXX)
port=${HEAP_PORT:-18280}
# the driver's class path (Playwright) is the soak test's
./mvnw -q -B -f scripts/soak/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath=$(cat "$work/classpath.txt")

echo "Data directory $work/data, port $port, jar $jar"
"$jdk/bin/java" -jar "$jar" --csto-quiz.data-dir="$work/data" --server.port="$port" ${HEAP_SERVER_ARGS:-} >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$jdk/bin/java" -Dsettle.seconds="${HEAP_SETTLE_SECONDS:-0}" -Ddump.dir="${HEAP_DUMP_DIR:-}" -cp "$classpath" scripts/heap/Heap.java "http://localhost:$port" \
  "$server" "$jdk/bin/jcmd" "$@" | tee "$work/driver.log"

kill -TERM "$server"
wait "$server" || true
trap - EXIT
echo "Server log: $work/server.log"
