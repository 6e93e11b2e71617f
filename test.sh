#!/usr/bin/env bash
# Everything CI checks: install what the tests need, build with warnings as errors, run every test.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

echo "==> tools"
infra/local/azurite.sh install
infra/local/actionlint.sh install
infra/local/debian-deps.sh

echo "==> build (warnings are errors)"
dotnet build Serverless.sln -c Release -nologo -clp:ErrorsOnly
# The publisher as the workflow ships it (native): the editors' guide runs on it, and ./run.sh and the build benchmark
# reuse it (a second build with nothing changed takes seconds).
MOTCUA_PUBLISHER=$(infra/publisher/build.sh "$PWD/.local/publisher" | tail -n 1)
export MOTCUA_PUBLISHER

echo "==> tests"
results=artifacts/test-results
rm -rf "$results"
status=0
# One assembly at a time: on two cores, parallel assemblies (each with its Azurite, one with Chromium)
# only trade a minute of wall time for timeouts under load.
for project in tests/*.Tests/*.Tests.csproj; do
  dotnet test "$project" -c Release --no-build -nologo \
    --results-directory "$results" --logger "trx;LogFileName=$(basename "$project" .csproj).trx" \
    --logger "console;verbosity=minimal" || status=$?
done

# One closing line for every assembly together: "N passed, N failed, N skipped".
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  total=$(get total); executed=$(get executed)
  skipped=$((skipped + total - executed))
done
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
