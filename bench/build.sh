#!/usr/bin/env bash
# Build benchmark: the publisher as it ships (infra/publisher/build.sh) against Hugo on the same generated sheets (400
# per unit in 13 fields, as in a commune centre), then each goal as a ratio beside Hugo's figure from the same run.
# Every run: a full build, a rebuild with nothing changed, and a rebuild after editing one sheet (wall time, CPU time,
# peak memory from /usr/bin/time).
# usage: bench/build.sh            (SIZES=2000 bench/build.sh for the quick one; 40,000 takes several minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-2000 40000}"
WORK="${BENCH_DIR:-${TMPDIR:-/tmp}/motcua-bench}"
mkdir -p "$WORK"

infra/local/debian-deps.sh --no-tests --with-hugo
source bench/shipped-publisher.sh

# measure NAME CMD...: runs CMD once; keeps its wall s, CPU s (user+system) and peak MB in WALL_NAME, CPU_NAME, MB_NAME,
# and all three as text in LINE_NAME. The command's stdout goes to $WORK/last. CPU time is shown because a shared
# machine stretches wall time. (Not called in $(...): the variables must outlive the call.)
measure() {
  local name=$1
  shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >"$WORK/last" 2>"$WORK/err"; then
    cat "$WORK/err" >&2
    exit 1
  fi
  local wall user system kb cpu
  read -r wall user system kb <"$WORK/time"
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
  printf -v "WALL_$name" '%s' "$wall"
  printf -v "CPU_$name" '%s' "$cpu"
  printf -v "MB_$name" '%s' "$((kb / 1024))"
  printf -v "LINE_$name" '%s s, cpu %s s, %s MB' "$wall" "$cpu" "$((kb / 1024))"
}

edit_one() {  # appends a sentence to one sheet's body
  printf '\nGhi chú: cập nhật lúc %s.\n' "$(date +%s%N)" >>"$1/units/don-vi-000/ho-tich/thu-tuc-0.md"
}

# goal LABEL OURS HUGO UNIT LIMIT: one line of the goals table; ratio = OURS / HUGO, met when ratio <= LIMIT.
GOALS=()
goal() {
  GOALS+=("$(awk -v l="$1" -v o="$2" -v h="$3" -v u="$4" -v m="$5" 'BEGIN {
    r = o / h; printf "| %s | %s %s | %s %s | %.2f× | ≤ %s× | %s |", l, o, u, h, u, r, m, (r <= m ? "met" : "not met") }')")
}

# absolute LABEL OURS HUGO LIMIT_S: a goal in seconds, Hugo's figure beside it for scale.
absolute() {
  GOALS+=("$(awk -v l="$1" -v o="$2" -v h="$3" -v m="$4" 'BEGIN {
    printf "| %s | %s s | %s s | %.2f× | ≤ %s s | %s |", l, o, h, o / h, m, (o <= m ? "met" : "not met") }')")
}

measure START "${PUB[@]}" --help
echo "$(date -u +%F); publisher: ${PUB[*]}; hugo: $(hugo version | cut -d' ' -f1-2); dotnet $(dotnet --version); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "publisher process start-up alone (--help): $LINE_START"
echo
printf '| sheets | tool | full build: wall, CPU, peak memory | rebuild, nothing changed | rebuild after editing one sheet |\n'
printf '| ---: | --- | --- | --- | --- |\n'
for n in $SIZES; do
  dir="$WORK/$n"
  rm -rf "$dir"
  python3 bench/gen_sheets.py "$n" "$dir/site" "$dir/hugo/content"
  cp -r bench/hugo/hugo.toml bench/hugo/layouts "$dir/hugo/"

  measure FULL "${PUB[@]}" build "$dir/site" --out "$dir/out"
  measure NOOP "${PUB[@]}" build "$dir/site" --out "$dir/out"
  edit_one "$dir/site"
  measure EDIT "${PUB[@]}" build "$dir/site" --out "$dir/out"
  rendered=$(grep -o '[0-9]* trang dựng mới' "$WORK/last" | sed 's/ trang dựng mới/ pages rendered/' || true)
  printf '| %s | publisher build | %s | %s | %s (%s) |\n' "$n" "$LINE_FULL" "$LINE_NOOP" "$LINE_EDIT" "$rendered"

  measure HFULL hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out"
  measure HNOOP hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out"
  edit_one "$dir/hugo/content"
  measure HEDIT hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out"
  printf '| %s | hugo | %s | %s | %s (full rebuild) |\n' "$n" "$LINE_HFULL" "$LINE_HNOOP" "$LINE_HEDIT"

  sheets=$(sed -E ':a; s/([0-9])([0-9]{3})($|,)/\1,\2\3/; ta' <<<"$n")
  if [ "$n" -ge 40000 ]; then
    goal "$sheets sheets: wall time" "$WALL_FULL" "$WALL_HFULL" s 0.4
    goal "$sheets sheets: peak memory" "$MB_FULL" "$MB_HFULL" MB 0.15
    # Absolute goals (1 s); Hugo's own rebuild is shown for scale.
    absolute "$sheets sheets: rebuild, nothing changed, start-up included" "$WALL_NOOP" "$WALL_HNOOP" 1
    absolute "$sheets sheets: one-sheet edit, start-up included" "$WALL_EDIT" "$WALL_HEDIT" 1
  else
    goal "$sheets sheets: wall time" "$WALL_FULL" "$WALL_HFULL" s 0.4
    goal "$sheets sheets: peak memory" "$MB_FULL" "$MB_HFULL" MB 0.4
  fi
  rm -rf "$dir"
done

echo
echo "Goals, each ratio from this run (load average now $(cut -d' ' -f1-3 /proc/loadavg)):"
echo
printf '| goal | publisher | Hugo | ratio | target | |\n'
printf '| --- | ---: | ---: | ---: | --- | --- |\n'
printf '%s\n' "${GOALS[@]}"
