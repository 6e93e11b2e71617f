#!/usr/bin/env bash
# What a newcomer does after cloning, in a real terminal (tmux): start ./run.sh exactly as the README says, wait for
# the URLs it prints, check over HTTP that the system works end to end, then press Ctrl-C as a person would:
#   a board code's scan answers with its page and is counted by the statistics;
#   its QR image decodes (zbarimg) to its scan URL;
#   a rating slip of the batch run.sh printed is answered once: a second answer is refused (410) and one answer is stored;
#   a survey answer is accepted, and not published the same day (the open data shows only days that have
#   ended, with at least five answers per counter);
#   /stats/<unit>/ answers;
#   Ctrl-C (every process of the terminal gets SIGINT at once) stops everything within 10 s, prints no stack trace,
#   and loses none of the scans answered just before it (counted after restarting the storage on its data).
# Usage: infra/local/smoke.sh      (CI runs it after ./test.sh; needs curl, node, zbarimg and tmux)
set -euo pipefail
cd "$(dirname "$0")/../.."

start_timeout_seconds=600
stop_limit_seconds=10
late_scans=25
log=$(mktemp -t smoke-run.XXXXXX.log)
session="smoke-$$"
unit=phuong-thuc-phan
counter="$unit/quay-1"
publisher=(dotnet functions/Publisher/bin/Release/net10.0/publisher.dll)
phone='Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36'

infra/local/debian-deps.sh

fail() {
  echo "smoke: FAILED: $*" >&2
  echo "smoke: ./run.sh output (last 40 lines):" >&2
  tail -n 40 "$log" >&2 || true
  exit 1
}

storage_pid=
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  [[ -z "$storage_pid" ]] || kill "$storage_pid" 2>/dev/null || true
}
trap cleanup EXIT

echo "==> smoke: starting ./run.sh in a terminal as the README says (output in $log)"
tmux new-session -d -s "$session" -x 200 -y 50 "./run.sh >'$log' 2>&1; echo \"run.sh exited \$?\" >>'$log'"

base=
deadline=$((SECONDS + start_timeout_seconds))
until [[ -n "$base" ]]; do
  base=$(sed -n 's|^ *Site *\(http://[^ ]*\)/ *$|\1|p' "$log" | head -n 1)
  [[ -n "$base" ]] && break
  grep -q '^run.sh exited' "$log" && fail "./run.sh exited before printing its URLs"
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

status=$(curl -sS --compressed -o "$log.page" -w '%{http_code}' -A "$phone" "$base/s/$code")
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

# A slip of the sample office's printed batch (run.sh prints it into .local/slips/<unit>/), not yet used.
slip=
for id in $(grep -ohE '/P/[0-9A-Z]{16}' ".local/slips/$unit/"*.html 2>/dev/null | sed 's|^/P/||' | sort -u); do
  if [[ $(node infra/local/count-rows.mjs slipanswers "RowKey eq 'u-$id'") == 0 ]]; then slip=$id; break; fi
done
[[ -n "$slip" ]] || fail "no unused slip on the sheets in .local/slips/$unit/ (run.sh prints a batch there)"
slip_answers() { node infra/local/count-rows.mjs slipanswers "PartitionKey eq '$unit' and RowKey ge 'a-' and RowKey lt 'a.'"; }
slip_answers_before=$(slip_answers) || fail "could not count the stored slip answers"
status=$(curl -sS -o /dev/null -w '%{http_code}' -A "$phone" "$base/p/$slip")
[[ "$status" == 200 ]] || fail "GET /p/$slip answered $status, not 200 (the slip's form)"
for expected in 303 410; do
  status=$(curl -sS -o /dev/null -w '%{http_code}' -A "$phone" -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
    --data "unit=$unit&option=1&comment=smoke" "$base/p/$slip")
  [[ "$status" == "$expected" ]] || fail "POST /p/$slip answered $status, not $expected"
done
slip_answers_after=$(slip_answers)
((slip_answers_after == slip_answers_before + 1)) \
  || fail "slip $slip answered twice left $((slip_answers_after - slip_answers_before)) answers stored, not 1"
echo "==> smoke: slip $slip answered (303), answered again refused (410), one answer stored"

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

# Scans answered just before Ctrl-C are still in the app's buffer: the stop must store them.
sleep 1
stored_before=$(node infra/local/count-rows.mjs scans "Code eq '$code'") || fail "could not count the stored scans"
for i in $(seq 1 "$late_scans"); do
  status=$(curl -sS -o /dev/null -w '%{http_code}' -A "$phone" "$base/s/$code")
  [[ "$status" == 200 ]] || fail "scan $i before Ctrl-C answered $status"
done
echo "==> smoke: $late_scans scans answered; pressing Ctrl-C"
stop_started=$SECONDS
tmux send-keys -t "$session" C-c
until grep -q '^run.sh exited' "$log"; do
  ((SECONDS - stop_started <= stop_limit_seconds + 5)) || fail "./run.sh still running $((SECONDS - stop_started)) s after Ctrl-C"
  sleep 0.2
done
took=$((SECONDS - stop_started))
((took <= stop_limit_seconds)) || fail "./run.sh took ${took}s to stop after Ctrl-C (limit ${stop_limit_seconds}s)"
if grep -nE '^\s+at |Unhandled exception|   --- End of' "$log"; then fail "./run.sh printed a stack trace while stopping"; fi
echo "==> smoke: Ctrl-C stopped everything in ${took}s with no stack trace"

port=${base##*:}
for p in "$port" 10000 10002; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then fail "port $p still answers after Ctrl-C"; fi
done

# The storage again, on the data the app wrote: every scan answered before Ctrl-C is there.
storage_pid=$(infra/local/azurite.sh start .local/azurite)
stored_after=$(node infra/local/count-rows.mjs scans "Code eq '$code'") || fail "could not count the stored scans after the restart"
((stored_after == stored_before + late_scans)) \
  || fail "after Ctrl-C the storage holds $((stored_after - stored_before)) of the $late_scans scans answered just before it"
echo "==> smoke: all $late_scans scans answered before Ctrl-C were stored"
kill "$storage_pid"; while kill -0 "$storage_pid" 2>/dev/null; do sleep 0.1; done; storage_pid=

rm -f "$log" "$log.page" "$log.png"
echo "==> smoke: passed; everything it started has stopped"
