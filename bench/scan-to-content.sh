#!/usr/bin/env bash
# Scan-to-content on 2G, slow 3G and 3G: from opening a QR code's URL (/s/CODE) to first
# contentful paint and load, in Debian's Chromium throttled through CDP, next to the same page's
# bytes served by nginx as one static file (the floor).
#
#   bench/scan-to-content.sh [CODE]          starts its own Azurite, publishes site/, starts the app under the host stand-in
#   BENCH_BASE_URL=http://127.0.0.1:7071 bench/scan-to-content.sh CODE    measures a running app (./run.sh)
#   BENCH_RUNS=5 (runs per row, median shown)  BENCH_PROFILES=2g,slow3g,3g
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

runs="${BENCH_RUNS:-5}"
profiles="${BENCH_PROFILES:-2g,slow3g,3g}"
code="${1:-}"

infra/local/debian-deps.sh --with-nginx
if [[ ! -d bench/node_modules/playwright-core ]]; then
  (cd bench && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

work="$(mktemp -d /tmp/motcua-bench.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

source bench/local-stack.sh
wait_for() { # url, seconds
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null "$1"; do
    ((SECONDS < deadline)) || { echo "scan-to-content: $1 did not answer in $2 s" >&2; exit 1; }
    sleep 0.3
  done
}

base="${BENCH_BASE_URL:-}"
if [[ -z "$base" ]]; then
  # Sets base and adds its processes to pids.
  start_local_stack "$work"
fi
base="${base%/}"

if [[ -z "$code" ]]; then
  # The first procedure code in the published registry: what a citizen scans on a procedure sheet.
  code="$(curl -fs "$base/_data/codes.json" | node -e '
    const codes = JSON.parse(require("fs").readFileSync(0, "utf8")).codes;
    const c = codes.find((x) => x.kind === "procedure" && !x.retired) ?? codes[0];
    process.stdout.write(c.code);')"
fi
target="$base/s/$code"

# The floor: exactly the bytes the citizen's phone receives (gzip as sent), as one static file.
mkdir -p "$work/nginx/www" "$work/nginx/tmp"
curl -fsSL -H 'Accept-Encoding: gzip' -o "$work/nginx/www/page.html.gz" "$target"
if gzip -t "$work/nginx/www/page.html.gz" 2>/dev/null; then
  gzip -dc "$work/nginx/www/page.html.gz" >"$work/nginx/www/page.html"
else
  mv "$work/nginx/www/page.html.gz" "$work/nginx/www/page.html"
fi
nginx_port="$(free_port)"
sed "s/__PORT__/$nginx_port/" bench/nginx.conf >"$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>"$work/nginx/error.log" &
pids+=($!)
wait_for "http://127.0.0.1:$nginx_port/page.html" 10

echo "Scan-to-content: $target (page $(stat -c %s "$work/nginx/www/page.html") bytes," \
  "$(stat -c %s "$work/nginx/www/page.html.gz" 2>/dev/null || echo "?") gzip) vs nginx floor; $(chromium --version 2>/dev/null)"
node bench/scan-to-content.mjs --target "$target" --floor "http://127.0.0.1:$nginx_port/page.html" \
  --runs "$runs" --profiles "$profiles"
