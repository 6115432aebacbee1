#!/usr/bin/env bash
# Benchmark of GET /api/v1/articles/{id} (the mobile clients' hottest read).
#
#   article-service/bench/wrk-article.sh [BASE_URL]        (default http://localhost:8081)
#
# Finds a published article through the public API (newest edition, first article), warms the JVM
# up for WRK_WARMUP (default 10s, not counted), then runs wrk (Debian package "wrk", installed when
# missing and running as root) with WRK_THREADS threads, WRK_CONNECTIONS connections for
# WRK_DURATION (defaults 2, 32, 30s) and prints requests/s and the p99 latency. Target on 2 cores: >= 3,000 requests/s with p99 < 20 ms.
# To benchmark a local stack with the seed pages loaded: article-service/bench/run-local.sh
set -euo pipefail

base="${1:-http://localhost:8081}"
threads="${WRK_THREADS:-2}"
connections="${WRK_CONNECTIONS:-32}"
duration="${WRK_DURATION:-30s}"
warmup="${WRK_WARMUP:-10s}"

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    else
        echo "wrk is missing: apt-get install wrk" >&2
        exit 2
    fi
fi

editions=$(curl -fsS "$base/api/v1/editions?limit=1")
read -r paper date < <(python3 -c 'import json,sys; e=json.load(sys.stdin)["items"][0]; print(e["paper"], e["date"])' <<<"$editions")
articles=$(curl -fsS "$base/api/v1/editions/$paper/$date/articles?limit=1")
id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])' <<<"$articles")
url="$base/api/v1/articles/$id"
curl -fsS -o /dev/null "$url"

wrk -t"$threads" -c"$connections" -d"$warmup" "$url" >/dev/null
echo "wrk: $threads threads, $connections connections, $duration against $url"
out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url")
echo "$out"
rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
echo
echo "requests/s: $rps"
echo "p99 latency: $p99"
echo "non-2xx responses: ${errors:-0}"
