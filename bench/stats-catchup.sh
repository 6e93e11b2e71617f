#!/usr/bin/env bash
# The statistics' catch-up after an outage: COUNT scans (1,000,000: a week of a province) over DAYS days in a private
# in-memory Azurite, counted from nothing by the statistics job run after run until caught up, beside the time Azurite
# itself needs to serve the same entities; the job's peak memory against its 256 MB bound. Takes several minutes.
#   bench/stats-catchup.sh [COUNT] [DAYS]
set -euo pipefail
cd "$(dirname "$0")/.."
infra/local/azurite.sh install
dotnet run -c Release --project bench/StatsBench -- catchup-bench "${1:-1000000}" "${2:-7}"
