#!/usr/bin/env bash
# The quick build benchmark CI runs (.ci/run): the publisher as it ships against Hugo on the same 500 generated sheets,
# each full build five times, alternating, into an emptied folder; fails when the publisher's median wall time passes
# MAX_RATIO (1.0) times Hugo's. Generous on a shared machine (a quiet one gives about 0.3×), but shipping a slow build
# again (the Release dll measured 1.2–1.6× at 2,000 sheets) fails it.
# usage: bench/build-gate.sh     (PUBLISHER="CMD ..." to gate another build; SHEETS=500 RUNS=5 MAX_RATIO=1.0)
set -euo pipefail
cd "$(dirname "$0")/.."
SHEETS="${SHEETS:-500}"
RUNS="${RUNS:-5}"
MAX_RATIO="${MAX_RATIO:-1.0}"
WORK=$(mktemp -d -t motcua-build-gate.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

infra/local/debian-deps.sh --no-tests --with-hugo
source bench/shipped-publisher.sh
python3 bench/gen_sheets.py "$SHEETS" "$WORK/site" "$WORK/hugo/content"
cp -r bench/hugo/hugo.toml bench/hugo/layouts "$WORK/hugo/"

# wall OUT CMD...: a full build into an emptied OUT; prints its wall seconds (the command's output is kept on failure).
wall() {
  local out=$1
  shift
  rm -rf "$out"
  /usr/bin/time -f "%e" -o "$WORK/time" "$@" >"$WORK/log" 2>&1 || { cat "$WORK/log" >&2; exit 1; }
  cat "$WORK/time"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

ours=()
hugos=()
for _ in $(seq "$RUNS"); do
  ours+=("$(wall "$WORK/out" "${PUB[@]}" build "$WORK/site" --out "$WORK/out")")
  hugos+=("$(wall "$WORK/hugo-out" hugo --quiet -s "$WORK/hugo" -d "$WORK/hugo-out")")
done
ours_median=$(median "${ours[@]}")
hugo_median=$(median "${hugos[@]}")

echo "build gate: $SHEETS sheets, $RUNS full builds each; publisher: ${PUB[*]}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| tool | full builds (s) | median |"
echo "| --- | --- | ---: |"
echo "| publisher build | ${ours[*]} | $ours_median s |"
echo "| hugo | ${hugos[*]} | $hugo_median s |"
awk -v o="$ours_median" -v h="$hugo_median" -v m="$MAX_RATIO" 'BEGIN {
  r = o / h
  printf "publisher / Hugo: %.2f× (limit %s×): %s\n", r, m, (r <= m ? "passed" : "FAILED: the publisher as built is slower than it ships")
  exit (r <= m ? 0 : 1)
}'
