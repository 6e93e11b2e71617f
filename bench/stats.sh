#!/usr/bin/env bash
# Incremental statistics: aggregate 100,000 scans, then 1,000 more, on a private in-memory Azurite
# (started and stopped by the benchmark itself); prints the second run's cost next to the first's.
#   bench/stats.sh [FIRST] [SECOND]
set -euo pipefail
cd "$(dirname "$0")/.."
infra/local/azurite.sh install
dotnet run -c Release --project bench/StatsBench -- "${1:-100000}" "${2:-1000}"
