#!/usr/bin/env bash
# Soak test of the production jar on the embedded H2 default: LEARNERS learners practise in real
# Chromium pages for MINUTES minutes; prints saves attempted, acknowledged and found afterwards.
#   scripts/soak/run.sh [LEARNERS] [MINUTES] [extra application arguments...]
# e.g. scripts/soak/run.sh 50 10 --spring.datasource.hikari.max-lifetime=30000
set -euo pipefail
cd "$(dirname "$0")/../.."
learners=${1:-50}
minutes=${2:-40}
shift $(( $# > 2 ? 2 : $# ))
jar=ui/target/csto-quiz.jar
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
if [ ! -f "$jar" ]; then
  echo "No $jar: build it first with JAVA_HOME=<JDK 21+> ./mvnw -Pproduction -DskipTests package" >&2
  exit 2
fi
work=$(mktemp -d /tmp/csto-soak.XXXXXX)
port=${SOAK_PORT:-18080}
./mvnw -q -B -f scripts/soak/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath=$(cat "$work/classpath.txt")

echo "Data directory $work/data, port $port, $learners learners, $minutes minutes, arguments: $*"
"$java" -jar "$jar" --csto-quiz.data-dir="$work/data" --server.port="$port" "$@" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$java" -cp "$classpath" scripts/soak/Soak.java "http://localhost:$port" \
  "$learners" "$minutes" drive | tee "$work/driver.log"

kill -TERM "$server"
wait "$server" || true
trap - EXIT
"$java" -cp "$classpath" scripts/soak/Soak.java - 0 0 count "jdbc:h2:file:$work/data/db/csto-quiz" \
  | tee -a "$work/driver.log"
echo "Server log: $work/server.log"
echo "ERROR lines in the server log: $(grep -c "ERROR" "$work/server.log" || true)"
