#!/usr/bin/env bash
# Scan-to-content on a throttled network, 200-with-the-page against a same-origin 302:
# Chromium (Debian) throttled through CDP by bench/scan-to-content.mjs, against the handler
# (Release, own process, Azurite on loopback) answering GET /s/BENCH1 both ways, next to the
# page's own URL as the floor. Usage: bench/scan-2g.sh [RUNS] [PROFILES]   (defaults: 3 2g,3g)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
profiles=${2:-2g,3g}
harness=${HARNESS:-bench/scan-to-content.mjs}
blob_port=21100 queue_port=21101 table_port=21102 page_port=21180 redirect_port=21181

[ -f "$harness" ] || { echo "scan-2g.sh: $harness is missing (the browser benchmark)" >&2; exit 1; }
[ -d "$(dirname "$harness")/node_modules/playwright-core" ] || (cd "$(dirname "$harness")" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

run=$(mktemp -d /tmp/scan-2g.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$run"; }
trap cleanup EXIT

dotnet publish functions/LocalHost -c Release -nologo -v q -clp:ErrorsOnly -o "$run/handler" >/dev/null
dotnet build bench/ScanBench -c Release -nologo -v q -clp:ErrorsOnly -o "$run/scanbench" >/dev/null
infra/local/azurite.sh install
infra/local/node_modules/.bin/azurite --inMemoryPersistence --silent --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort $blob_port --queueHost 127.0.0.1 --queuePort $queue_port \
  --tableHost 127.0.0.1 --tablePort $table_port >"$run/azurite.log" 2>&1 &
pids+=($!)
wait_port() { for _ in $(seq 1 300); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; echo "port $1 never answered" >&2; exit 1; }
wait_port $blob_port; wait_port $table_port
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"
"$run/scanbench/scanbench" seed "$conn" >&2

# Both runs serve the static site too (the local runner always does), as production's one host name does (CDN + functions).
for mode in Page:$page_port Redirect:$redirect_port; do
  Storage__ConnectionString="$conn" Timers__RunLocally=false \
    Scan__Answer=${mode%%:*} Logging__LogLevel__Default=Warning \
    "$run/handler/localhost" --urls "http://127.0.0.1:${mode##*:}" >"$run/handler-${mode%%:*}.log" 2>&1 &
  pids+=($!)
  wait_port "${mode##*:}"
  curl -s -o /dev/null "http://127.0.0.1:${mode##*:}/s/BENCH1"
done

page=/bench/ho-tich/dang-ky-khai-sinh.html
echo "### 200 with the page (Scan:Answer=Page)"
node "$harness" --target "http://127.0.0.1:$page_port/s/BENCH1" --floor "http://127.0.0.1:$page_port$page" --runs "$runs" --profiles "$profiles"
echo
echo "### same-origin 302 (Scan:Answer=Redirect)"
node "$harness" --target "http://127.0.0.1:$redirect_port/s/BENCH1" --floor "http://127.0.0.1:$redirect_port$page" --runs "$runs" --profiles "$profiles"
