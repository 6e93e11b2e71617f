#!/usr/bin/env bash
# Runs the whole system locally: Azurite (data kept in .local/azurite), the site published into it,
# and the Functions app on http://127.0.0.1:7071, run by the local runner (functions/LocalHost) without the
# Functions host. Ctrl-C stops everything this script started.
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
dotnet build functions/LocalHost -c Release -nologo -clp:ErrorsOnly
dotnet build functions/Publisher -c Release -nologo -clp:ErrorsOnly
publisher() { dotnet functions/Publisher/bin/Release/net10.0/publisher.dll "$@"; }

echo "==> publishing site/ to Azurite"
publisher validate site
# QR codes on the posters carry SITE_HOST (e.g. QR.CAOBANG.GOV.VN); without it, a placeholder not to print.
publisher publish site --connection "$CONN" ${SITE_HOST:+--host "$SITE_HOST"}
publisher stats --connection "$CONN"

echo "==> starting the Functions app (local runner)"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "run.sh: 127.0.0.1:$PORT is already taken by another program; stop it or use PORT=7072 ./run.sh" >&2
  exit 1
fi
# env: a setting's name may hold a dot (Microsoft.AspNetCore), which a shell assignment may not.
env Logging__LogLevel__Microsoft.AspNetCore=Warning Storage__ConnectionString="$CONN" Site__Host="${SITE_HOST:-127.0.0.1:$PORT}" \
  dotnet functions/LocalHost/bin/Release/net10.0/localhost.dll --urls "http://127.0.0.1:$PORT" &
app=$!
pids+=("$app")
WAIT_SECONDS="${WAIT_SECONDS:-30}"
ready=
for _ in $(seq 1 $((WAIT_SECONDS * 5))); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then ready=1; break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$ready" ]; then
  if kill -0 "$app" 2>/dev/null; then
    echo "run.sh: the app did not answer http://127.0.0.1:$PORT/ within ${WAIT_SECONDS}s (WAIT_SECONDS=60 to wait longer)" >&2
  else
    echo "run.sh: the app stopped before answering on http://127.0.0.1:$PORT/ (is the port taken? see its messages above)" >&2
  fi
  exit 1
fi
if ! curl -fsS -o /dev/null "http://127.0.0.1:$PORT/_data/codes.json"; then
  echo "run.sh: the app answers, but the published site is not there (/_data/codes.json)" >&2
  exit 1
fi

cat <<INFO

  Site            http://127.0.0.1:$PORT/
  A scan          http://127.0.0.1:$PORT/s/<CODE>   (codes: dotnet run --project functions/Publisher -- codes site)
  QR image        http://127.0.0.1:$PORT/api/qr/<CODE>.svg
  Posters         http://127.0.0.1:$PORT/posters/<unit>/      (e.g. /posters/phuong-thuc-phan/)
  Statistics      http://127.0.0.1:$PORT/stats/<unit>/        (refreshed every 15 minutes)
  Storage         Azurite on 127.0.0.1:10000 (blob) and 10002 (table), data in .local/azurite

  Ctrl-C stops everything.
INFO
wait
