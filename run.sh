#!/usr/bin/env bash
# Runs the whole system locally: Azurite (data kept in .local/azurite), the site published into it,
# and the handler on http://127.0.0.1:7071. Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

PORT="${PORT:-7071}"
CONN="UseDevelopmentStorage=true"
mkdir -p .local/azurite

pids=()
cleanup() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

echo "==> tools"
infra/local/azurite.sh install

if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  echo "==> Azurite already listening on 127.0.0.1:10000; using it"
else
  echo "==> starting Azurite (data in .local/azurite)"
  pid=$(infra/local/azurite.sh start .local/azurite)
  pids+=("$pid")
fi

echo "==> building"
dotnet build functions/Handler -c Release -nologo -clp:ErrorsOnly
dotnet build functions/Publisher -c Release -nologo -clp:ErrorsOnly
publisher() { dotnet functions/Publisher/bin/Release/net10.0/publisher.dll "$@"; }

echo "==> publishing site/ to Azurite"
publisher validate site
# QR codes on the posters carry SITE_HOST (e.g. QR.CAOBANG.GOV.VN); without it, a placeholder not to print.
publisher publish site --connection "$CONN" ${SITE_HOST:+--host "$SITE_HOST"}
publisher stats --connection "$CONN"

echo "==> starting the handler"
# env, not a bare prefix: a name with a dot (Logging__LogLevel__Microsoft.AspNetCore) is no shell assignment.
env Logging__LogLevel__Microsoft.AspNetCore=Warning Storage__ConnectionString="$CONN" Site__Host="${SITE_HOST:-127.0.0.1:$PORT}" \
  dotnet functions/Handler/bin/Release/net10.0/handler.dll --urls "http://127.0.0.1:$PORT" &
app=$!
pids+=("$app")
up=0
for _ in $(seq 1 150); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then up=1; break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.2
done
if [[ "$up" != 1 ]]; then
  echo "run.sh: the app did not answer on http://127.0.0.1:$PORT/ within 30 s (see its output above); stopping." >&2
  exit 1
fi

cat <<INFO

  Site            http://127.0.0.1:$PORT/
  A scan          http://127.0.0.1:$PORT/s/<CODE>   (codes: dotnet run --project functions/Publisher -- codes site)
  QR image        http://127.0.0.1:$PORT/api/qr/<CODE>.svg
  Posters         http://127.0.0.1:$PORT/posters/<unit>/      (e.g. /posters/tp-cao-bang/)
  Statistics      http://127.0.0.1:$PORT/stats/<unit>/        (refreshed every 15 minutes)
  Storage         Azurite on 127.0.0.1:10000 (blob) and 10002 (table), data in .local/azurite

  Ctrl-C stops everything.
INFO
wait
