#!/usr/bin/env bash
# Speed of GET /api/v1/articles/{id} against nginx, in one run on one machine (issue 14 "Speed"; README "Speed").
# Not a test: it prints what it measured.
#
#   article-service/bench/compare-nginx.sh            (from the repository root)
#
# 1. packages article-service and starts BenchStack (test-scope main): the packaged service on an embedded
#    PostgreSQL with the seed database: the gold seed pages and the segmenter's dev corpus gold pages published;
# 2. takes the article wrk-article.sh takes (newest edition, first article), saves its JSON (identity) as a file and
#    serves that file with nginx (Debian "nginx-light", installed when missing and running as root) on 127.0.0.1,
#    gzip on at level NGINX_GZIP_LEVEL (default 6, Vert.x' default level the service compresses with), 2 workers;
# 3. wrk (2 threads, WRK_CONNECTIONS=32 connections, Accept-Encoding: gzip; WRK_WARMUP=60s not counted, then
#    WRK_DURATION=30s) against nginx, then against the service; prints requests/s, p50, p99 of each and the ratio
#    service / nginx (target: >= 0.5, service p99 < 20 ms);
# 4. wrk with bench/paths.lua over the committed search queries (src/test/resources/search/queries.txt: one to four
#    words) against GET /api/v1/search (SEARCH_CONNECTIONS=8 connections; target p99 < 50 ms);
# then stops everything. BENCH_CLASSPATH=FILE skips the build: FILE is the test class path an earlier build wrote
# (mvn … -am package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=FILE). Each figure line ends with the load averages (uptime); every process runs under nice -n 15.
set -euo pipefail
cd "$(dirname "$0")/../.."

threads="${WRK_THREADS:-2}"
connections="${WRK_CONNECTIONS:-32}"
search_connections="${SEARCH_CONNECTIONS:-8}"
duration="${WRK_DURATION:-30s}"
warmup="${WRK_WARMUP:-60s}"
level="${NGINX_GZIP_LEVEL:-6}"
for tool in wrk:wrk nginx:nginx-light; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        [ "$(id -u)" = 0 ] || { echo "${tool%%:*} is missing: apt-get install ${tool#*:}" >&2; exit 2; }
        apt-get install -y -qq "${tool#*:}" >/dev/null || { apt-get update -qq && apt-get install -y -qq "${tool#*:}" >/dev/null; }
    fi
done

dir=$(mktemp -d /tmp/newsroom-nginx.XXXXXX)
stack=
web=
cleanup() {
    for pid in $web $stack; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
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
(cd article-service && exec nice -n 15 java -cp "target/test-classes:target/classes:$(cat "$dir/classpath")" \
    -Dnewsroom.seeds=../seeds -Dnewsroom.corpus=../segmenter/corpus/dev/gold \
    io.newsroom.article.bench.BenchStack target/quarkus-app/quarkus-run.jar) >"$log" 2>&1 &
stack=$!
for _ in $(seq 1 600); do
    grep -q '^READY ' "$log" && break
    kill -0 "$stack" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
done
base=$(awk '/^READY / {print $2}' "$log")
[ -n "$base" ] || { cat "$log"; exit 1; }
grep '^published ' "$log" || true

editions=$(curl -fsS "$base/api/v1/editions?limit=1")
read -r paper date < <(python3 -c 'import json,sys; e=json.load(sys.stdin)["items"][0]; print(e["paper"], e["date"])' <<<"$editions")
articles=$(curl -fsS "$base/api/v1/editions/$paper/$date/articles?limit=1")
id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])' <<<"$articles")
mkdir -p "$dir/www" "$dir/logs"
chmod 755 "$dir" "$dir/www" # nginx workers run as nobody
curl -fsS -o "$dir/www/article.json" "$base/api/v1/articles/$id"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$dir/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/tmp-body;
    proxy_temp_path $dir/tmp-proxy;
    default_type application/json;
    gzip on;
    gzip_types application/json;
    gzip_comp_level $level;
    gzip_min_length 0;
    server {
        listen 127.0.0.1:$port;
        root $dir/www;
    }
}
CONF
nice -n 15 nginx -p "$dir" -c "$dir/nginx.conf" &
web=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$port/article.json" 2>/dev/null && break; sleep 0.2; done

service_url="$base/api/v1/articles/$id"
nginx_url="http://127.0.0.1:$port/article.json"
for url in "$nginx_url" "$service_url"; do
    enc=$(curl -fsS -H 'Accept-Encoding: gzip' -D - -o "$dir/body.gz" "$url" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')
    echo "$url: $(wc -c <"$dir/www/article.json") bytes JSON, ${enc:-identity} $(wc -c <"$dir/body.gz") bytes"
    [ "$enc" = gzip ] || { echo "not gzipped: $url" >&2; exit 1; }
done

measure() { # url connections [paths-file]: prints "requests/s p50 p99 non-2xx"
    local url=$1 conns=$2 script=() args=()
    if [ $# -gt 2 ]; then script=(-s article-service/bench/paths.lua); args=(-- "$3"); fi
    nice -n 15 wrk -t"$threads" -c"$conns" -d"$warmup" --timeout 30s -H 'Accept-Encoding: gzip' "${script[@]}" \
        "$url" "${args[@]}" >/dev/null
    local out
    out=$(nice -n 15 wrk -t"$threads" -c"$conns" -d"$duration" --timeout 30s --latency -H 'Accept-Encoding: gzip' \
        "${script[@]}" "$url" "${args[@]}")
    echo "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out") $(awk '$1 == "50%" {print $2}' <<<"$out")" \
        "$(awk '$1 == "99%" {print $2}' <<<"$out") $(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out" | grep . || echo 0)"
}
echo "wrk: $threads threads, $connections connections, warm-up $warmup, measured $duration, Accept-Encoding: gzip"
echo "machine: $(nproc) cores, $(uptime)"
read -r n_rps n_p50 n_p99 n_err < <(measure "$nginx_url" "$connections")
printf '%-38s %10s req/s  p50 %8s  p99 %8s  non-2xx %s  |%s\n' "nginx $(nginx -v 2>&1 | sed 's/.*\///') (file, gzip $level)" \
    "$n_rps" "$n_p50" "$n_p99" "$n_err" "$(uptime | sed 's/.*load/load/')"
read -r s_rps s_p50 s_p99 s_err < <(measure "$service_url" "$connections")
printf '%-38s %10s req/s  p50 %8s  p99 %8s  non-2xx %s  |%s\n' "article-service GET /api/v1/articles/{id}" \
    "$s_rps" "$s_p50" "$s_p99" "$s_err" "$(uptime | sed 's/.*load/load/')"
echo "ratio article-service / nginx: $(python3 -c "print(f'{$s_rps / $n_rps:.3f}')") (target >= 0.5)"

grep -v '^#' article-service/src/test/resources/search/queries.txt | sed '/^[[:space:]]*$/d' \
    | python3 -c 'import sys, urllib.parse as u; [print("/api/v1/search?limit=20&q=" + u.quote(l.strip())) for l in sys.stdin]' \
    >"$dir/search.txt"
read -r q_rps q_p50 q_p99 q_err < <(measure "$base" "$search_connections" "$dir/search.txt")
printf '%-38s %10s req/s  p50 %8s  p99 %8s  non-2xx %s  |%s\n' "GET /api/v1/search ($(wc -l <"$dir/search.txt") queries)" \
    "$q_rps" "$q_p50" "$q_p99" "$q_err" "$(uptime | sed 's/.*load/load/')"
