#!/usr/bin/env bash
# Scan endpoint benchmark, as Azure runs it (about three minutes with the builds): the Functions app's deployable build
# (functions/Handler, Release) under the host stand-in, Azurite on loopback:
#   throughput and p50/p99 of GET /s/{CODE} next to nginx answering `return 302` and to Azurite's own single-insert rate;
#   p99 at a fixed ~500 requests/s; nothing lost (stored = sent, bots flagged);
#   start-up from the worker process's start to the first /s/ answer through the stand-in, and the worker's RSS, next
#   to a one-function isolated worker under the same stand-in, JIT and ReadyToRun;
#   then each goal as a ratio to its reference from this same run.
# Usage: bench/scan.sh            (DURATION=5s CONNECTIONS=64 LOAD_N=3000 to change the load)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

duration=${DURATION:-5s}
connections=${CONNECTIONS:-64}
load_n=${LOAD_N:-3000}
load_bots=${LOAD_BOTS:-300}
startup_runs=${STARTUP_RUNS:-5}
phone_ua='Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36'

infra/local/debian-deps.sh --with-nginx
command -v wrk >/dev/null || { echo "scan.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }

run=$(mktemp -d /tmp/scan-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$run"
}
trap cleanup EXIT
source bench/local-stack.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "==> publishing (Release; JIT and ReadyToRun)" >&2
stack_build "$run"
dotnet publish functions/Handler -c Release -nologo -v q -clp:ErrorsOnly -o "$run/app-r2r" -p:PublishReadyToRun=true -r linux-x64 --self-contained false >/dev/null
publish() { dotnet publish "$1" -c Release -nologo -v q -clp:ErrorsOnly -o "$2" "${@:3}" >/dev/null; }
publish bench/MinimalWorker "$run/minimal"
publish bench/MinimalWorker "$run/minimal-r2r" -p:PublishReadyToRun=true -r linux-x64 --self-contained false
dotnet build bench/ScanBench -c Release -nologo -v q -clp:ErrorsOnly -o "$run/scanbench" >/dev/null
scanbench() { "$run/scanbench/scanbench" "$@"; }
handler_port=$(free_port) nginx_port=$(free_port)

echo "==> Azurite on loopback" >&2
stack_azurite "$run"
scanbench seed "$conn" >&2

# wrk's summary: requests/s and the 50% / 99% latency lines of --latency.
wrk_row() {
  local name=$1 out=$2
  local rps p50 p99 total
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out")
  p99=$(awk '$1=="99%" {print $2}' "$out")
  total=$(awk '/requests in/ {print $1}' "$out")
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$total"
}

start_handler() { stack_app "$1" "$handler_port" "$run/handler.log"; }

# Waits until the stored count stops moving (the app's buffer has reached storage).
settle() {
  local last=-1 now
  for _ in $(seq 1 60); do
    now=$(scanbench count "$conn")
    [ "$now" = "$last" ] && return 0
    last=$now; sleep 1
  done
}

echo "==> Azurite single inserts" >&2
insert=$(scanbench insert "$conn" 3 "$connections")
insert_rate=${insert#insert_per_s=}; insert_rate=${insert_rate%% *}

echo "==> the app (its worker under the host stand-in) under wrk" >&2
start_handler "$run/app"
curl -s -o /dev/null -H "User-Agent: $phone_ua" "http://127.0.0.1:$handler_port/s/bench1"   # warm the page cache
wrk -t2 -c"$connections" -d2s -H "User-Agent: $phone_ua" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$handler_port/s/BENCH1" >"$run/wrk-warm.txt"
wrk -t2 -c"$connections" -d"$duration" --latency -H "User-Agent: $phone_ua" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$handler_port/s/BENCH1" >"$run/wrk-handler.txt"
# The saturation run leaves a backlog of buffered scans; the bounded run measures the steady state after it.
settle
RATE_DELAY_MS=20 wrk -t2 -c10 -d"$duration" --latency -s bench/rate.lua -H "User-Agent: $phone_ua" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$handler_port/s/BENCH1" >"$run/wrk-rate.txt"
settle
before=$(scanbench count "$conn")

echo "==> nothing lost: $load_n browser scans + $load_bots bot scans" >&2
load=$(scanbench load "http://127.0.0.1:$handler_port/s/BENCH1" "$load_n" "$load_bots" "$connections")
# A stop as the host makes it (SIGTERM to the stand-in: the terminate message) drains whatever is still buffered.
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'
after=$(scanbench count "$conn")

echo "==> nginx return 302" >&2
mkdir -p "$run/nginx/tmp"
sed "s/__PORT__/$nginx_port/" bench/nginx-302.conf >"$run/nginx/nginx.conf"
nginx -p "$run/nginx" -c "$run/nginx/nginx.conf" -e stderr &
pids+=($!)
wait_port $nginx_port
wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$nginx_port/s/BENCH1" >"$run/wrk-nginx.txt"
RATE_DELAY_MS=20 wrk -t2 -c10 -d"$duration" --latency -s bench/rate.lua "http://127.0.0.1:$nginx_port/s/BENCH1" >"$run/wrk-nginx-rate.txt"

echo "==> start-up (median of $startup_runs)" >&2
url="http://127.0.0.1:$handler_port/s/BENCH1"
startup_row() {
  local name=$1 app=$2 result
  result=$(scanbench startup "$url" "$startup_runs" AzureWebJobsStorage="$conn" Storage__ConnectionString="$conn" \
    -- $(stack_host "$app" "$handler_port"))
  last_ms=$(sed 's/.*startup_ms=\([0-9]*\).*/\1/' <<<"$result")
  printf '| %s | %s | %s |\n' "$name" "$(sed 's/.*startup_ms=\([0-9]*\).*/\1 ms/' <<<"$result")" "$(sed 's/.*rss_mb=\([0-9]*\).*/\1 MB/' <<<"$result")"
}

echo
echo "Scan endpoint, $(nproc) cores (load average $(cut -d' ' -f1 /proc/loadavg) at the end), wrk -t2 -c$connections -d$duration on loopback, the worker under the host stand-in, Azurite on loopback"
echo
echo "| what | requests/s | p50 | p99 | requests |"
echo "| --- | ---: | ---: | ---: | ---: |"
wrk_row "app GET /s/BENCH1 (200 + page, recorded)" "$run/wrk-handler.txt"
wrk_row "nginx return 302 (ceiling)" "$run/wrk-nginx.txt"
printf '| Azurite single inserts, %s concurrent | %s | | | |\n' "$connections" "$insert_rate"
wrk_row "app at ~500 req/s (10 conn x 20 ms)" "$run/wrk-rate.txt"
wrk_row "nginx at ~500 req/s (10 conn x 20 ms)" "$run/wrk-nginx-rate.txt"
echo
num() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=\([0-9]*\)$/\1/p"; }
stored=$(( $(num stored "$after") - $(num stored "$before") ))
bots=$(( $(num bots "$after") - $(num bots "$before") ))
sent=$(num sent "$load")
verdict=$([ "$stored" -eq "$sent" ] && [ "$bots" -eq "$load_bots" ] && echo "nothing lost" || echo "MISMATCH")
echo "| nothing lost | sent | answered | stored | bots sent | stored as bots | verdict |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
echo "| $load_n browsers + $load_bots bots, $connections concurrent | $sent | $(num answered "$load") | $stored | $load_bots | $bots | $verdict |"
echo
echo "| worker process start to first /s/ answer through the stand-in | time | worker RSS |"
echo "| --- | ---: | ---: |"
startup_row "one-function isolated worker (JIT)" "$run/minimal"; minimal_JIT=$last_ms
startup_row "one-function isolated worker (ReadyToRun)" "$run/minimal-r2r"; minimal_ReadyToRun=$last_ms
startup_row "the app (JIT)" "$run/app"; app_JIT=$last_ms
startup_row "the app (ReadyToRun)" "$run/app-r2r"; app_ReadyToRun=$last_ms

# Each goal next to its reference from this run.
to_ms() { awk '/Latency/ && !seen {seen=1} $1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}' "$1"; }
total() { awk '/requests in/ {print $1}' "$1"; }
app_rps=$(awk '/Requests\/sec/ {print $2}' "$run/wrk-handler.txt")
app_p99=$(to_ms "$run/wrk-rate.txt"); nginx_p99=$(to_ms "$run/wrk-nginx-rate.txt")
answered_all=$(( 1 + $(total "$run/wrk-warm.txt") + $(total "$run/wrk-handler.txt") + $(total "$run/wrk-rate.txt") + $(num answered "$load") ))
stored_all=$(num stored "$after")
drained=$(grep -o 'Scan writer stopped: [0-9]* scans stored in [0-9]* transactions' "$run/handler.log" | tail -1 || true)
echo
echo "| goal | measured | reference, same run | ratio | verdict |"
echo "| --- | ---: | ---: | ---: | --- |"
awk -v a="$app_rps" -v r="$insert_rate" 'BEGIN { printf "| scans/s >= 3x Azurite single inserts | %.0f | %.0f | %.2fx | %s |\n", a, r, a / r, (a >= 3 * r ? "met" : "NOT met") }'
awk -v a="$app_p99" -v n="$nginx_p99" 'BEGIN { lim = 2 * n + 5; if (lim > 10) lim = 10; printf "| p99 at ~500 req/s <= min(10 ms, 2x nginx + 5 ms) | %.2f ms | nginx %.2f ms -> limit %.2f ms | %.1fx nginx | %s |\n", a, n, lim, a / n, (a <= lim ? "met" : "NOT met") }'
if [ -n "$drained" ]; then
  read -r scans tx < <(sed 's/.*stopped: \([0-9]*\) scans stored in \([0-9]*\) transactions/\1 \2/' <<<"$drained")
  awk -v s="$scans" -v t="$tx" 'BEGIN { printf "| storage transactions per scan <= 0.05 | %d in %d | 1 per scan unbatched | %.4f | %s |\n", s, t, t / s, (t / s <= 0.05 ? "met" : "NOT met") }'
else
  echo "| storage transactions per scan <= 0.05 | one per scan (no batch writer) | | 1 | NOT met |"
fi
echo "| nothing lost over the whole run (stored after SIGTERM >= answered; wrk leaves its last requests uncounted) | $stored_all stored | $answered_all answered | | $([ "$stored_all" -ge "$answered_all" ] && echo met || echo 'NOT met') |"
for kind in JIT ReadyToRun; do
  app_var=app_$kind minimal_var=minimal_$kind
  app=${!app_var} minimal=${!minimal_var}
  awk -v a="$app" -v m="$minimal" -v k="$kind" 'BEGIN { printf "| worker start to first scan <= 1.1x a one-function worker (%s) | %d ms | %d ms | %.2fx | %s |\n", k, a, m, a / m, (a <= 1.1 * m ? "met" : "NOT met") }'
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
