#!/usr/bin/env bash
# Prints the wall time and the most resident memory of the whole-bank PDF and JSON exports as whole
# processes: `java -jar` against bin/csto-quiz on its first run (an empty cache directory: the fat jar
# runs, then a job in the background prepares the cache; how long after the command ends that job is
# done is printed beside it), on a run right after it and one while the job's training run is at
# work, and on later runs (from the cache).
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
unset CSTO_QUIZ_JAVA_OPTS CSTO_QUIZ_PACKS_DIR
export CSTO_QUIZ_JAR=$jar CSTO_QUIZ_CACHE=$work/cache

# What a later run uses: the AOT cache on Java 24 or later, else the extracted jar.
java_major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")
if [ "$java_major" -ge 24 ]; then ready_file=csto-quiz.aot; else ready_file=$(basename "$jar"); fi

job_running() {
  compgen -G "$work/cache/.*.lock" > /dev/null
}

# Whether the cache a later run uses is there.
prepared() {
  local link target
  for link in "$work/cache"/*; do
    if [ -L "$link" ] && target=$(readlink "$link") && [ -f "$work/cache/$target/$ready_file" ]; then
      return 0
    fi
  done
  return 1
}

# Waits for the background job to end and prints how long that took from the moment this was called.
await_prepared() {
  local start=${EPOCHREALTIME/./} elapsed
  while job_running; do
    sleep 0.05
  done
  elapsed=$(( ${EPOCHREALTIME/./} - start ))
  prepared || { echo "the background job made no cache; its log:" >&2; cat "$work/cache"/.*.log >&2; exit 1; }
  printf '%d.%d s' $(( elapsed / 1000000 )) $(( elapsed % 1000000 / 100000 ))
}

finish() {
  while job_running; do
    sleep 0.1                            # a job still writing there
  done
  rm -rf "$work"
}
trap finish EXIT

# Runs a command under /usr/bin/time and prints "2.41 s 345 MB"; its own output goes to $work.
measure() {
  /usr/bin/time -o "$work/time" -f '%e %M' "$@" > "$work/stdout" 2> "$work/stderr" \
    || { echo "failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
  read -r seconds kilobytes < "$work/time"
  printf '%s s %d MB' "$seconds" $(( (kilobytes + 500) / 1000 ))
}

row() {
  printf '  %-36s' "$1"
  shift
  local separator=''
  for _ in $(seq "$runs"); do
    printf '%s' "$separator"
    "$@"
    separator=' | '
  done
  echo
}

empty_cache() {
  while job_running; do
    sleep 0.1
  done
  rm -rf "$work/cache"
}

first_run() {
  empty_cache
  measure "$root/bin/csto-quiz" "$@"
  printf ', ready %s later' "$(await_prepared)"
}

# Right after the first run: the job waits for it before its next step.
run_while_preparing() {
  empty_cache
  "$root/bin/csto-quiz" "$@" > /dev/null 2>&1
  measure "$root/bin/csto-quiz" "$@"
  await_prepared > /dev/null
}

# While the job's training run is at work (Java 24 or later): on the extracted jar, beside that JVM.
run_beside_training() {
  empty_cache
  "$root/bin/csto-quiz" "$@" > /dev/null 2>&1
  until pgrep -f -- "-XX:AOTMode=record -XX:AOTConfiguration=$work/cache/" > /dev/null; do
    job_running || { echo "the job ended before its training run" >&2; exit 1; }
    sleep 0.02
  done
  measure "$root/bin/csto-quiz" "$@"
  await_prepared > /dev/null
}

later_run() {
  measure "$root/bin/csto-quiz" "$@"
}

echo "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), $(nproc) processors, $(basename "$jar") of $(date -r "$jar" '+%F %T')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for format in pdf json; do
  export=(export --seed 42 --format "$format" --out "$work/bank.$format")
  echo "${export[*]%"$work/bank.$format"}FILE"
  row "java -jar" measure "$JAVA_HOME/bin/java" -jar "$jar" "${export[@]}"
  row "bin/csto-quiz, first run" first_run "${export[@]}"
  row "bin/csto-quiz, run while preparing" run_while_preparing "${export[@]}"
  if [ "$java_major" -ge 24 ]; then
    row "bin/csto-quiz, run beside training" run_beside_training "${export[@]}"
  fi
  row "bin/csto-quiz, later runs" later_run "${export[@]}"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
