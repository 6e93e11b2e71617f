#!/usr/bin/env bash
# Build benchmark: the publisher's `build` against Hugo on the same generated sheets (250 per unit).
# Prints wall time and peak memory (/usr/bin/time) for a full build, a no-change rebuild and a one-sheet edit.
# usage: bench/build.sh            (SIZES="250 2000" bench/build.sh for fewer)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-250 2000 10000}"
WORK="${BENCH_DIR:-${TMPDIR:-/tmp}/motcua-bench}"
mkdir -p "$WORK"

if ! command -v hugo >/dev/null; then
  echo "installing hugo (Debian package)..." >&2
  apt-get install -y hugo >/dev/null
fi

# ReadyToRun (precompiled) as CI would ship the publisher: start-up is not spent compiling YAML and Markdown parsers.
dotnet publish functions/Publisher -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$WORK/publisher" -nologo -v q >"$WORK/publish.log" || { cat "$WORK/publish.log" >&2; exit 1; }
PUB=(dotnet "$WORK/publisher/publisher.dll")

# measure CMD...: prints "wall s, CPU s (user+system), peak MB" for one run; the command's stdout goes to $WORK/last.
# CPU time is shown because a shared machine stretches wall time; both tools are measured under the same load.
measure() {
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >"$WORK/last" 2>"$WORK/err"; then
    cat "$WORK/err" >&2
    exit 1
  fi
  awk '{ printf "%.2f s, cpu %.2f s, %d MB", $1, $2 + $3, $4 / 1024 }' "$WORK/time"
}

edit_one() {  # appends a sentence to one sheet's body
  printf '\nGhi chú: cập nhật lúc %s.\n' "$(date +%s%N)" >>"$1/units/don-vi-000/ho-tich/thu-tuc-0.md"
}

startup=$(measure "${PUB[@]}" --help)
echo "hugo: $(hugo version | cut -d' ' -f1-2); dotnet $(dotnet --version); $(nproc) cores; load average $(cut -d' ' -f1 /proc/loadavg)"
echo "publisher process start-up alone (--help): $startup"
echo
printf '| sheets | tool | full build: wall, CPU, peak memory | rebuild, nothing changed | rebuild after editing one sheet |\n'
printf '| ---: | --- | --- | --- | --- |\n'
for n in $SIZES; do
  dir="$WORK/$n"
  rm -rf "$dir"
  python3 bench/gen_sheets.py "$n" "$dir/site" "$dir/hugo/content"
  cp -r bench/hugo/hugo.toml bench/hugo/layouts "$dir/hugo/"

  full=$(measure "${PUB[@]}" build "$dir/site" --out "$dir/out")
  noop=$(measure "${PUB[@]}" build "$dir/site" --out "$dir/out")
  edit_one "$dir/site"
  edit=$(measure "${PUB[@]}" build "$dir/site" --out "$dir/out")
  rendered=$(grep -o '[0-9]* pages rendered' "$WORK/last" || true)
  printf '| %s | publisher build | %s | %s | %s (%s) |\n' "$n" "$full" "$noop" "$edit" "$rendered"

  hfull=$(measure hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out")
  hnoop=$(measure hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out")
  edit_one "$dir/hugo/content"
  hedit=$(measure hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out")
  printf '| %s | hugo | %s | %s | %s (full rebuild) |\n' "$n" "$hfull" "$hnoop" "$hedit"
  rm -rf "$dir"
done
