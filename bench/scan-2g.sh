#!/usr/bin/env bash
# Scan-to-content on a throttled network, 200-with-the-page against a same-origin 302:
# Chromium (Debian) throttled through CDP by bench/scan-to-content.mjs, against the app (its deployable build under
# the host stand-in, Azurite on loopback) answering GET /s/BENCH1 both ways, next to the
# page's own URL as the floor. Usage: bench/scan-2g.sh [RUNS] [PROFILES]   (defaults: 3 2g,3g)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
profiles=${2:-2g,3g}
harness=${HARNESS:-bench/scan-to-content.mjs}
page_port=21180 redirect_port=21181

[ -f "$harness" ] || { echo "scan-2g.sh: $harness is missing (the browser benchmark)" >&2; exit 1; }
[ -d "$(dirname "$harness")/node_modules/playwright-core" ] || (cd "$(dirname "$harness")" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

run=$(mktemp -d /tmp/scan-2g.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$run"; }
trap cleanup EXIT

source bench/local-stack.sh
stack_build "$run"
dotnet build bench/ScanBench -c Release -nologo -v q -clp:ErrorsOnly -o "$run/scanbench" >/dev/null
stack_azurite "$run"
"$run/scanbench/scanbench" seed "$conn" >&2

# Both answer modes, each its own app under its own stand-in, which serves the static site too, as production's one
# host name does (Front Door before the functions and the static website).
for mode in Page:$page_port Redirect:$redirect_port; do
  stack_app "$run/app" "${mode##*:}" "$run/handler-${mode%%:*}.log" Scan__Answer="${mode%%:*}"
  curl -s -o /dev/null "http://127.0.0.1:${mode##*:}/s/BENCH1"
done

page=/bench/ho-tich/dang-ky-khai-sinh.html
echo "### 200 with the page (Scan:Answer=Page)"
node "$harness" --target "http://127.0.0.1:$page_port/s/BENCH1" --floor "http://127.0.0.1:$page_port$page" --runs "$runs" --profiles "$profiles"
echo
echo "### same-origin 302 (Scan:Answer=Redirect)"
node "$harness" --target "http://127.0.0.1:$redirect_port/s/BENCH1" --floor "http://127.0.0.1:$redirect_port$page" --runs "$runs" --profiles "$profiles"
