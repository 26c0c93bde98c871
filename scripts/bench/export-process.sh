#!/usr/bin/env bash
# Prints the wall time and the most resident memory of the whole-bank PDF and JSON exports as whole
# processes: `java -jar` against bin/csto-quiz, on its first run (extracting the jar, and on Java 24 or
# later recording and making the AOT cache, in a new cache directory each time) and on later runs.
# Builds nothing: give the jar (default ui/target/csto-quiz.jar; ./mvnw -Pproduction -DskipTests package).
#   scripts/bench/export-process.sh [JAR]        RUNS=5 for more runs of each (default 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$(realpath "${1:-$root/ui/target/csto-quiz.jar}")
runs=${RUNS:-3}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -f "$jar" ] || { echo "no jar at $jar; build it with ./mvnw -Pproduction -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset CSTO_QUIZ_JAVA_OPTS CSTO_QUIZ_PACKS_DIR
export CSTO_QUIZ_JAR=$jar

# Runs a command under /usr/bin/time and prints "2.41 s 345 MB"; its own output goes to $work.
measure() {
  /usr/bin/time -o "$work/time" -f '%e %M' "$@" > "$work/stdout" 2> "$work/stderr" \
    || { echo "failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
  read -r seconds kilobytes < "$work/time"
  printf '%s s %d MB' "$seconds" $(( (kilobytes + 500) / 1000 ))
}

row() {
  printf '  %-28s' "$1"
  shift
  local separator=''
  for _ in $(seq "$runs"); do
    printf '%s' "$separator"
    "$@"
    separator=' | '
  done
  echo
}

first_run() {
  rm -rf "$work/cache"
  CSTO_QUIZ_CACHE=$work/cache measure "$root/bin/csto-quiz" "$@"
}

later_run() {
  CSTO_QUIZ_CACHE=$work/cache measure "$root/bin/csto-quiz" "$@"
}

echo "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), $(nproc) processors, $(basename "$jar") of $(date -r "$jar" '+%F %T')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for format in pdf json; do
  export=(export --seed 42 --format "$format" --out "$work/bank.$format")
  echo "${export[*]%"$work/bank.$format"}FILE"
  row "java -jar" measure "$JAVA_HOME/bin/java" -jar "$jar" "${export[@]}"
  row "bin/csto-quiz, first run" first_run "${export[@]}"
  row "bin/csto-quiz, later runs" later_run "${export[@]}"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
