#!/usr/bin/env bash
# Scale benchmark of article-service (issue 14 item 2; README "Scale benchmark"). Not a test: it prints what it
# measured and fails only when a part does not start.
#
#   article-service/bench/scale-bench.sh [ARTICLES]        (from the repository root; default 1000000)
#
# 1. packages article-service (one offline reactor run, nothing installed);
# 2. runs ScaleStack (a test-scope main): an embedded PostgreSQL with its data directory under /tmp, the service's
#    Flyway schema, ARTICLES published articles recombined from the gold pages' real paragraphs (fixed seed, 20
#    papers, one edition a day, 8 pages of 3 to 9 articles), search_vector as the service writes it, loaded with
#    COPY; prints load time and sizes (table, TOAST, the GIN index); starts the packaged service against it;
# 3. runs wrk (Debian package "wrk") with bench/paths.lua, every request a path drawn from a file of 100,000 article
#    ids, 2,000 editions or 200 two-word searches, with Accept-Encoding: gzip, --timeout 30s (slow answers are counted,
#    not dropped): WRK_WARMUP (10s, not counted) then WRK_DURATION (30s) per endpoint, 2 threads, WRK_CONNECTIONS (32)
#    connections for the reads and SEARCH_CONNECTIONS (8) for the search; prints requests/s, p50, p99, the non-2xx
#    count and the load averages (uptime) after each run;
# 4. stops everything and deletes the data directory.
# BENCH_CLASSPATH=FILE skips the build: FILE is the test class path an earlier build wrote (mvn … -am package
# dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=FILE).
# Every process runs under nice -n 15 (shared machines). The disk needed is about 15 GB a million articles: when
# /tmp has less, the article count is lowered to what fits, and the script says so.
set -euo pipefail
cd "$(dirname "$0")/../.."

articles="${1:-1000000}"
warmup="${WRK_WARMUP:-10s}"
duration="${WRK_DURATION:-30s}"
connections="${WRK_CONNECTIONS:-32}"
search_connections="${SEARCH_CONNECTIONS:-8}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

avail=$(df --output=avail -B1G /tmp | tail -1 | tr -d ' ')
need=$(( (articles * 15 + 999999) / 1000000 ))
df -h /tmp
if [ "$avail" -lt "$need" ]; then
    articles=$(( avail * 1000000 / 15 / 100000 * 100000 ))
    echo "only ${avail} GB free in /tmp (${need} GB wanted): loading $articles articles instead" >&2
    [ "$articles" -gt 0 ] || exit 1
fi

dir=$(mktemp -d /tmp/newsroom-scale.XXXXXX)
stack=
cleanup() {
    if [ -n "$stack" ]; then
        kill "$stack" 2>/dev/null || true
        wait "$stack" 2>/dev/null || true
    fi
    rm -rf "$dir"
}
trap cleanup EXIT

if [ -n "${BENCH_CLASSPATH:-}" ]; then # a test class path written by an earlier build, target/ already built
    cp "$BENCH_CLASSPATH" "$dir/classpath"
else
    nice -n 15 mvn -B -ntp -o -q -pl article-service -am package dependency:build-classpath -DskipTests \
        -Dmdep.includeScope=test -Dmdep.outputFile="$dir/classpath"
fi
log="$dir/stack.log"
(cd article-service && exec nice -n 15 java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$dir/classpath")" \
    -Dnewsroom.seeds=../seeds -Dnewsroom.corpus=../segmenter/corpus/dev/gold \
    io.newsroom.article.bench.ScaleStack "$articles" "$dir/pgdata" "$dir/paths" target/quarkus-app/quarkus-run.jar) \
    >"$log" 2>&1 &
stack=$!
echo "loading $articles articles into $dir/pgdata (log: $log)"
for _ in $(seq 1 7200); do
    grep -q '^READY ' "$log" && break
    kill -0 "$stack" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done
base=$(awk '/^READY / {print $2}' "$log")
[ -n "$base" ] || { cat "$log"; exit 1; }
grep -E '^(corpus|layout|load|size|paths|searches):' "$log"
echo "machine: $(nproc) cores, $(uptime)"
echo "/api/v1/editions?limit=20" >"$dir/paths/editions-index.txt"

run() { # name connections paths-file
    nice -n 15 wrk -t2 -c"$2" -d"$warmup" --timeout 30s -s article-service/bench/paths.lua -H 'Accept-Encoding: gzip' "$base" \
        -- "$3" >/dev/null
    local out
    out=$(nice -n 15 wrk -t2 -c"$2" -d"$duration" --timeout 30s --latency -s article-service/bench/paths.lua \
        -H 'Accept-Encoding: gzip' "$base" -- "$3")
    printf '%-34s %3s conn  %9s req/s  p50 %9s  p99 %9s  non-2xx %s  timeouts %s  |%s\n' "$1" "$2" \
        "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
        "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
        "$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out" | grep . || echo 0)" \
        "$(sed -n 's/.*timeout \([0-9]*\).*/\1/p' <<<"$out" | grep . || echo 0)" "$(uptime | sed 's/.*load/load/')"
    if grep -q '^  0 requests in' <<<"$out"; then
        echo "  (no request completed within the measured $duration)"
    fi
}
echo "wrk: 2 threads, warm-up $warmup, measured $duration, Accept-Encoding: gzip, $articles articles"
run "GET /api/v1/articles/{id}" "$connections" "$dir/paths/articles.txt"
run "GET /api/v1/editions/{p}/{d}/articles" "$connections" "$dir/paths/editions.txt"
run "GET /api/v1/editions?limit=20" "$connections" "$dir/paths/editions-index.txt"
run "GET /api/v1/search (two words)" "$search_connections" "$dir/paths/search.txt"
