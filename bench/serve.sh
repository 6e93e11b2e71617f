#!/usr/bin/env bash
# Preview benchmark: from saving a sheet to seeing it in the open browser page, `publisher serve` against
# `hugo server`, at the same generated sheets (bench/gen_sheets.py), in the same run, in Debian's Chromium.
# Also prints each server's start-up (first page answered) and peak memory (VmHWM). The publisher is the one that ships
# (infra/publisher/build.sh).
# usage: bench/serve.sh            (SIZES="250 2000" RUNS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-2000}"
RUNS="${RUNS:-5}"
WORK="${BENCH_DIR:-${TMPDIR:-/tmp}/motcua-bench-serve}"
PORT_PUB=18731
PORT_HUGO=18732
mkdir -p "$WORK"

infra/local/debian-deps.sh --with-hugo
if [[ ! -d bench/node_modules/playwright-core ]]; then
  (cd bench && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
source bench/shipped-publisher.sh

# The server runs in the background of a command substitution, so its pid is passed through a file.
cleanup() { [[ -s "$WORK/server.pid" ]] && kill "$(cat "$WORK/server.pid")" 2>/dev/null; rm -f "$WORK/server.pid"; }
trap cleanup EXIT

# start NAME URL CMD...: runs a server in the background, prints seconds until URL answers 200.
start() {
  local url=$2; shift 2
  local t0; t0=$(date +%s.%N)
  "$@" >"$WORK/server.log" 2>&1 &
  echo $! >"$WORK/server.pid"
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$(cat "$WORK/server.pid")" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.05
  done
  awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f s", b - a }'
}

stop() {  # prints the server's peak memory, then stops it
  local pid; pid=$(cat "$WORK/server.pid")
  awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status"
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; rm -f "$WORK/server.pid"
}

reload() {  # URL FILE: "median ms (max ms)" over $RUNS saves
  node bench/serve-reload.mjs --url "$1" --file "$2" --runs "$RUNS" | awk '{ printf "%d ms (max %d ms, %d saves)", $1, $2, $3 }'
}

GOALS=()
echo "$(date -u +%F); publisher: ${PUB[*]}; hugo: $(hugo version | cut -d' ' -f1-2); dotnet $(dotnet --version); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| sheets | tool | start-up (first page) | save to reloaded page: median (max) | peak memory |\n'
printf '| ---: | --- | --- | --- | --- |\n'
for n in $SIZES; do
  dir="$WORK/$n"
  rm -rf "$dir" "${TMPDIR:-/tmp}/motcua-preview"
  python3 bench/gen_sheets.py "$n" "$dir/site" "$dir/hugo/content"
  cp -r bench/hugo/hugo.toml bench/hugo/layouts "$dir/hugo/"
  sheet=units/don-vi-000/ho-tich/thu-tuc-0.md

  up=$(start pub "http://127.0.0.1:$PORT_PUB/don-vi-000/ho-tich/thu-tuc-0.html" \
    "${PUB[@]}" serve "$dir/site" --port "$PORT_PUB")
  times=$(reload "http://127.0.0.1:$PORT_PUB/don-vi-000/ho-tich/thu-tuc-0.html" "$dir/site/$sheet")
  printf '| %s | publisher serve | %s | %s | %s |\n' "$n" "$up" "$times" "$(stop)"
  ours_up=${up% s}; ours_reload=${times%% ms*}

  up=$(start hugo "http://127.0.0.1:$PORT_HUGO/units/don-vi-000/ho-tich/thu-tuc-0/" \
    hugo server --quiet -s "$dir/hugo" --bind 127.0.0.1 --port "$PORT_HUGO" --renderToDisk=false)
  times=$(reload "http://127.0.0.1:$PORT_HUGO/units/don-vi-000/ho-tich/thu-tuc-0/" "$dir/hugo/content/$sheet")
  printf '| %s | hugo server | %s | %s | %s |\n' "$n" "$up" "$times" "$(stop)"
  GOALS+=("$(awk -v n="$n" -v o="$ours_up" -v h="${up% s}" 'BEGIN { r = o / h
    printf "| %s sheets: first page | %s s | %s s | %.2f× | ≤ 1.0× | %s |", n, o, h, r, (r <= 1.0 ? "met" : "not met") }')")
  GOALS+=("$(awk -v n="$n" -v o="$ours_reload" -v h="${times%% ms*}" 'BEGIN { r = o / h
    printf "| %s sheets: save to reloaded page, median | %s ms | %s ms | %.2f× | ≤ 0.5× | %s |", n, o, h, r, (r <= 0.5 ? "met" : "not met") }')")
  rm -rf "$dir"
done

echo
echo "Goals, each ratio from this run (load average now $(cut -d' ' -f1-3 /proc/loadavg)):"
echo
printf '| goal | publisher serve | hugo server | ratio | target | |\n'
printf '| --- | ---: | ---: | ---: | --- | --- |\n'
printf '%s\n' "${GOALS[@]}"
