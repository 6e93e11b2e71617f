# Sourced by the benchmarks: a private Azurite on free ports, site/ published into it, and the
# Functions app (Release build, run by functions/LocalHost) on a free loopback port. Sets `base`; appends process ids to `pids`.
# Expects free_port, wait_for and root from the caller.

start_local_stack() {
  local work="$1"
  infra/local/azurite.sh install
  local blob_port table_port queue_port handler_port
  blob_port="$(free_port)"; queue_port="$(free_port)"; table_port="$(free_port)"; handler_port="$(free_port)"
  mkdir -p "$work/azurite"
  infra/local/node_modules/.bin/azurite --location "$work/azurite" --silent --disableTelemetry --skipApiVersionCheck \
    --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
    --tableHost 127.0.0.1 --tablePort "$table_port" >"$work/azurite.log" 2>&1 &
  pids+=($!)

  # The emulator's well-known development account, on this run's ports.
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"

  dotnet build functions/LocalHost -c Release -nologo -clp:ErrorsOnly >/dev/null
  dotnet build functions/Publisher -c Release -nologo -clp:ErrorsOnly >/dev/null
  dotnet functions/Publisher/bin/Release/net10.0/publisher.dll publish site --connection "$Storage__ConnectionString" >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; return 1; }

  Timers__RunLocally=false dotnet functions/LocalHost/bin/Release/net10.0/localhost.dll --urls "http://127.0.0.1:$handler_port" >"$work/handler.log" 2>&1 &
  pids+=($!)
  base="http://127.0.0.1:$handler_port"
  wait_for "$base/_data/codes.json" 60
}
