#!/usr/bin/env bash
# What a newcomer does after cloning: start ./run.sh exactly as the README says, wait for the URLs it prints,
# then check over HTTP that the system works end to end:
#   a board code's scan answers with its page and is counted by the statistics;
#   its QR image decodes (zbarimg) to its scan URL;
#   a survey answer is accepted, and not published the same day (the open data shows only days that have
#   ended, with at least five answers per counter);
#   /stats/<unit>/ answers.
# Everything it started is stopped at the end, pass or fail; nothing is left listening.
# Usage: infra/local/smoke.sh      (CI runs it after ./test.sh; needs curl, node and zbarimg)
set -euo pipefail
cd "$(dirname "$0")/../.."

start_timeout_seconds=600
log=$(mktemp -t smoke-run.XXXXXX.log)
unit=phuong-thuc-phan
counter="$unit/quay-1"
publisher=(dotnet functions/Publisher/bin/Release/net10.0/publisher.dll)

fail() {
  echo "smoke: FAILED: $*" >&2
  echo "smoke: ./run.sh output (last 40 lines):" >&2
  tail -n 40 "$log" >&2 || true
  exit 1
}

run_pid=
stop() {
  [[ -n "$run_pid" ]] || return 0
  # run.sh runs in its own process group: stop the whole group (Azurite, the app, the script itself).
  kill -TERM -- "-$run_pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 -- "-$run_pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$run_pid" 2>/dev/null || true
  run_pid=
}
trap stop EXIT

echo "==> smoke: starting ./run.sh as the README says (output in $log)"
setsid ./run.sh >"$log" 2>&1 </dev/null &
run_pid=$!

base=
deadline=$((SECONDS + start_timeout_seconds))
until [[ -n "$base" ]]; do
  base=$(sed -n 's|^ *Site *\(http://[^ ]*\)/ *$|\1|p' "$log" | head -n 1)
  [[ -n "$base" ]] && break
  kill -0 "$run_pid" 2>/dev/null || fail "./run.sh exited before printing its URLs"
  ((SECONDS < deadline)) || fail "./run.sh printed no URLs within ${start_timeout_seconds}s"
  sleep 1
done
echo "==> smoke: the site is at $base"

json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);console.log(eval(process.argv[1]))})' "$1"; }

# A board code of the unit, from the resolved registry the app itself reads.
codes=$(curl -fsS --compressed "$base/_data/codes.json") || fail "GET /_data/codes.json"
code=$(echo "$codes" | json "(o.codes||o).find(c=>c.kind==='board'&&c.target&&c.target.startsWith('$unit/')&&!c.retired).code") \
  || fail "no board code of $unit in /_data/codes.json"
[[ -n "$code" && "$code" != undefined ]] || fail "no board code of $unit in /_data/codes.json"
echo "==> smoke: board code $code"

before=$(curl -fsS --compressed "$base/stats/$unit/stats.json" | json "o.totals.scans") || fail "GET /stats/$unit/stats.json"
answers_before=$(curl -fsS --compressed "$base/stats/$unit/stats.json" | json "o.totals.survey_answers")

status=$(curl -sS --compressed -o "$log.page" -w '%{http_code}' -A "Mozilla/5.0 (Linux; Android 13) Mobile Safari/537.36" "$base/s/$code")
[[ "$status" == 200 ]] || fail "GET /s/$code answered $status, not 200"
grep -q '<html lang="vi"' "$log.page" || fail "GET /s/$code did not answer with a page"
echo "==> smoke: scan of $code answered 200 with its page"

curl -fsS -o "$log.png" "$base/api/qr/$code.png" || fail "GET /api/qr/$code.png"
decoded=$(zbarimg --raw -q "$log.png" 2>/dev/null) || fail "zbarimg could not decode /api/qr/$code.png"
[[ "${decoded^^}" == *"/S/${code^^}" ]] || fail "the QR image decodes to '$decoded', not a scan URL of $code"
echo "==> smoke: QR image decodes to $decoded"

status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
  --data "counter=${counter//\//%2F}&option=0&comment=smoke&client_id=smoke$(date +%s%N)&website=" "$base/api/survey")
[[ "$status" == 303 ]] || fail "POST /api/survey answered $status, not 303"
echo "==> smoke: survey answer accepted (303)"

# The timer runs every 15 minutes; run the same aggregation now, counting what is a second old.
sleep 2
"${publisher[@]}" stats --safety-lag 1 >/dev/null || fail "publisher stats"
counted=
for _ in $(seq 1 30); do
  stats=$(curl -fsS --compressed -H 'Cache-Control: no-cache' "$base/stats/$unit/stats.json") || fail "GET /stats/$unit/stats.json"
  after=$(echo "$stats" | json "o.totals.scans")
  answers_after=$(echo "$stats" | json "o.totals.survey_answers")
  if ((after > before)); then counted=1; break; fi
  sleep 1
done
[[ -n "$counted" ]] || fail "the statistics did not count the scan (scans $before → $after)"
((answers_after == answers_before)) || fail "today's survey answer was published ($answers_before → $answers_after): a counter's day is published only once it has ended, with at least five answers"
echo "==> smoke: statistics counted the scan ($before → $after); today's answer is not published yet ($answers_after)"

status=$(curl -sS -o /dev/null -w '%{http_code}' "$base/stats/$unit/")
[[ "$status" == 200 ]] || fail "GET /stats/$unit/ answered $status"
echo "==> smoke: /stats/$unit/ answers 200"

stop
port=${base##*:}
for p in "$port" 10000 10002; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then fail "port $p still answers after stopping ./run.sh"; fi
done
rm -f "$log" "$log.page" "$log.png"
echo "==> smoke: passed; everything it started has stopped"
