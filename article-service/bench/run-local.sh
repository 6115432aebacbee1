#!/usr/bin/env bash
# Packages article-service, runs it against an embedded PostgreSQL with the gold seed pages
# published (BenchStack, a test-scope main), runs wrk-article.sh against it, then stops it.
#
#   article-service/bench/run-local.sh            (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."

cp=$(mktemp)
# one reactor run: the class path then points at the modules' freshly built jars (nothing is installed)
mvn -B -ntp -q -pl article-service -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp"
log=$(mktemp)
cd article-service
java -cp "target/test-classes:target/classes:$(cat "$cp")" -Dnewsroom.seeds=../seeds \
    io.newsroom.article.bench.BenchStack target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
stack=$!
trap 'kill $stack 2>/dev/null || true; wait $stack 2>/dev/null || true; rm -f "$cp"' EXIT
for _ in $(seq 1 180); do
    grep -q '^READY ' "$log" && break
    kill -0 $stack 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done
base=$(awk '/^READY / {print $2}' "$log")
[ -n "$base" ] || { cat "$log"; exit 1; }
bench/wrk-article.sh "$base"
