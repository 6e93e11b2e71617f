#!/usr/bin/env bash
# Runs the whole system locally as Azure runs it: Azurite (data kept in .local/azurite), the site published into it,
# and the Functions app's own build output (functions/Handler) started and driven by the host stand-in
# (functions/HostStandIn) on http://127.0.0.1:7071, which also serves the published site as Front Door and the static
# website do. Ctrl-C stops the app first (the host's terminate message, then 5 s of grace), then Azurite.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

PORT="${PORT:-7071}"
WAIT_SECONDS="${WAIT_SECONDS:-60}"
CONN="UseDevelopmentStorage=true"
APP=functions/Handler/bin/Release/net10.0
mkdir -p .local/azurite

azurite_pid=
watcher_pid=
cleanup() {
  trap - INT TERM EXIT
  [[ -z "$watcher_pid" ]] || kill "$watcher_pid" 2>/dev/null || true
  if [[ -n "$azurite_pid" ]]; then
    kill "$azurite_pid" 2>/dev/null || true
    while kill -0 "$azurite_pid" 2>/dev/null; do sleep 0.1; done
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "==> tools"
infra/local/azurite.sh install

if (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  echo "==> Azurite already listening on 127.0.0.1:10000; using it"
else
  echo "==> starting Azurite (data in .local/azurite)"
  azurite_pid=$(infra/local/azurite.sh start .local/azurite)
fi

echo "==> building"
dotnet build functions/Handler -c Release -nologo -clp:ErrorsOnly
dotnet build functions/HostStandIn -c Release -nologo -clp:ErrorsOnly
# The Release build runs `stats`, which the native publisher leaves out (its table client is not AOT-safe).
dotnet build functions/Publisher -c Release -nologo -clp:ErrorsOnly
release_publisher=(dotnet functions/Publisher/bin/Release/net10.0/publisher.dll)
# The publisher as the workflow ships it (native; the first build takes minutes, later ones seconds). Where it cannot be
# built (no clang and no way to install it, another system), the Release build does the same work, a second slower.
if native=$(infra/publisher/build.sh .local/publisher | tail -n 1); then
  publisher=("$native")
  echo "==> publisher: $native (native, as shipped)"
else
  publisher=("${release_publisher[@]}")
  echo "==> publisher: the native build failed (above); using the Release build: ${publisher[*]}"
fi

echo "==> publishing site/ to Azurite"
"${publisher[@]}" validate site
# QR codes on the posters carry SITE_HOST (e.g. QR.CAOBANG.GOV.VN); without it, a placeholder not to print.
"${publisher[@]}" publish site --connection "$CONN" ${SITE_HOST:+--host "$SITE_HOST"}
"${release_publisher[@]}" stats --connection "$CONN"

# The sample office's printed batch of rating slips, once: its sheets (to print, or to answer a slip from a phone) are
# in .local/slips/<unit>/, its slips and batch in the storage. Printed again when either is missing.
slip_unit=phuong-thuc-phan
if ! compgen -G ".local/slips/$slip_unit/*.html" >/dev/null \
  || [[ $(node infra/local/count-rows.mjs slips "PartitionKey eq 'batch' and Unit eq '$slip_unit'") == 0 ]]; then
  rm -rf ".local/slips/$slip_unit"
  "${release_publisher[@]}" slips site --unit "$slip_unit" --count 24 --out .local --connection "$CONN" ${SITE_HOST:+--host "$SITE_HOST"}
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "run.sh: 127.0.0.1:$PORT is already taken by another program; stop it or use PORT=7072 ./run.sh" >&2
  exit 1
fi

# Prints where to look once the app answers and the published site is there; stays quiet if the app never does.
(
  for _ in $(seq 1 $((WAIT_SECONDS * 5))); do
    if curl -fsS "http://127.0.0.1:$PORT/admin/host/status" 2>/dev/null | grep -q '"Running"'; then
      if ! curl -fsS -o /dev/null "http://127.0.0.1:$PORT/_data/codes.json"; then
        echo "run.sh: the app answers, but the published site is not there (/_data/codes.json)" >&2
        exit 1
      fi
      cat <<INFO

  Site            http://127.0.0.1:$PORT/
  A scan          http://127.0.0.1:$PORT/s/<CODE>   (codes: ${publisher[*]} codes site)
  QR image        http://127.0.0.1:$PORT/api/qr/<CODE>.svg
  Posters         http://127.0.0.1:$PORT/posters/<unit>/      (e.g. /posters/phuong-thuc-phan/)
  Rating slips    .local/slips/phuong-thuc-phan/ (sheets to print); a slip answers at http://127.0.0.1:$PORT/p/<SLIP>
  Statistics      http://127.0.0.1:$PORT/stats/<unit>/        (refreshed every 15 minutes)
  Storage         Azurite on 127.0.0.1:10000 (blob) and 10002 (table), data in .local/azurite

  Ctrl-C stops everything.
INFO
      exit 0
    fi
    sleep 0.2
  done
  echo "run.sh: the app did not answer http://127.0.0.1:$PORT/ within ${WAIT_SECONDS}s (WAIT_SECONDS=120 to wait longer)" >&2
) &
watcher_pid=$!

echo "==> starting the Functions app ($APP, run by the host stand-in)"
# The app's settings, as app settings are in Azure; env because a setting's name may hold a dot.
env AzureWebJobsStorage="$CONN" Storage__ConnectionString="$CONN" \
  Site__Host="${SITE_HOST:-127.0.0.1:$PORT}" \
  dotnet functions/HostStandIn/bin/Release/net10.0/hoststandin.dll --app "$APP" --urls "http://127.0.0.1:$PORT"
