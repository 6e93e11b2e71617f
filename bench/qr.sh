#!/usr/bin/env bash
# QR images per second and bytes per image: our renderers (in process) against qrencode (Debian package
# qrencode, one process per image, as a shell pipeline would use it) on the same 1,000 URLs, level Q,
# 10 px a module, 4-module quiet zone, SVG as one path (qrencode --svg-path). Usage: bench/qr.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-1000}
command -v qrencode >/dev/null || { echo "installing qrencode"; sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo; $sudo_cmd apt-get install -y qrencode >/dev/null; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same URLs for both tools: short upper-case scan URLs, as printed.
alphabet=23456789ABCDEFGHJKMNPQRSTUVWXYZ
for ((i = 0; i < count; i++)); do
  n=$i code=""
  for _ in 1 2 3 4; do code+=${alphabet:n%31:1}; n=$((n / 31)); done
  echo "HTTPS://QR.CAOBANG.GOV.VN/S/$code"
done >"$work/urls.txt"

dotnet build bench/QrBench -c Release -nologo -clp:ErrorsOnly -o "$work/bin" >"$work/build.log" || { cat "$work/build.log"; exit 1; }
ours=$("$work/bin/qrbench" "$work/urls.txt" "$work/ours")

time_qrencode() { # format extension
  mkdir -p "$work/qrencode-$1"
  local start end i=0 extra=()
  [ "$1" = SVG ] && extra=(--svg-path)
  start=$(date +%s.%N)
  while IFS= read -r url; do
    qrencode -l Q -s 10 -m 4 -t "$1" "${extra[@]}" -o "$work/qrencode-$1/$i.$2" "$url"
    i=$((i + 1))
  done <"$work/urls.txt"
  end=$(date +%s.%N)
  local bytes
  bytes=$(cat "$work/qrencode-$1"/* | wc -c)
  awk -v n="$count" -v s="$start" -v e="$end" -v b="$bytes" 'BEGIN { printf "%.0f %.0f\n", n / (e - s), b / n }'
}
qsvg=$(time_qrencode SVG svg)
qpng=$(time_qrencode PNG png)

row() { printf '| %-34s | %-6s | %12s | %10s | %10s |\n' "$1" "$2" "$3" "$4" "$5"; }
ms() { awk -v r="$1" 'BEGIN { printf "%.3f", 1000 / r }'; }
echo
echo "QR images for $count URLs (HTTPS://QR.CAOBANG.GOV.VN/S/XXXX), level Q, 10 px/module, quiet zone 4"
row "renderer" "format" "images/s" "ms/image" "bytes"
row "----------------------------------" "------" "------------" "----------" "----------"
while read -r format rate bytes; do
  row "MotCua.Domain.Qr (in process)" "$format" "$rate" "$(ms "$rate")" "$bytes"
done <<<"$ours"
version=$(qrencode -V 2>&1 | grep -o '[0-9][0-9.]*' | head -1)
read -r rate bytes <<<"$qsvg"; row "qrencode $version (process per image)" "svg" "$rate" "$(ms "$rate")" "$bytes"
read -r rate bytes <<<"$qpng"; row "qrencode $version (process per image)" "png" "$rate" "$(ms "$rate")" "$bytes"
echo
echo "qrencode writes one symbol per run (no batch mode), so one process per image is its batch speed."
