#!/usr/bin/env bash
# Prints Argon2id password checks per second at OWASP's equivalent costs (see PasswordChecks.java),
# with the libraries of the production jar (build it first: ./mvnw -Pproduction -DskipTests package).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/ui/target/csto-quiz.jar"
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -f "$jar" ] || { echo "no production jar at $jar; build it with ./mvnw -Pproduction -DskipTests package" >&2; exit 2; }
libs=$(mktemp -d)
trap 'rm -rf "$libs"' EXIT
unzip -q -j "$jar" 'BOOT-INF/lib/spring-security-crypto-*' 'BOOT-INF/lib/bcprov-*' 'BOOT-INF/lib/commons-logging-*' -d "$libs"
"$java_bin" -cp "$libs/*" "$root/scripts/bench/PasswordChecks.java" "$@"
