# Sourced by the benchmarks: the system as ./run.sh runs it, on free ports of the benchmark's own, never a developer's.
#   stack_azurite WORK        Azurite with its data in WORK/azurite; sets conn (its connection string); appends to pids
#   stack_build OUT [ARGS]    publishes the Functions app (functions/Handler, Release, as deployed) into OUT/app and the
#                             host stand-in into OUT/host; ARGS go to the app's publish (e.g. ReadyToRun)
#   stack_app APP PORT LOG [KEY=VALUE ...]
#                             the host stand-in running APP on PORT with the app settings given (and the storage's);
#                             waits until its functions are loaded; appends to pids
#   stack_site                publishes site/ into the storage with the Release publisher
#   start_local_stack WORK    all of the above on free ports; sets base
# Callers keep their process ids in the array pids and stop them on exit.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_port() { # port
  for _ in $(seq 1 600); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
  echo "local-stack: port $1 never answered" >&2
  return 1
}

stack_azurite() {
  local work=$1 blob table queue
  infra/local/azurite.sh install
  blob=$(free_port); queue=$(free_port); table=$(free_port)
  mkdir -p "$work/azurite"
  infra/local/node_modules/.bin/azurite --location "$work/azurite" --silent --disableTelemetry \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" >"$work/azurite.log" 2>&1 &
  pids+=($!)
  wait_port "$blob" && wait_port "$table"
  local key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
  conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
}

stack_build() {
  local out=$1; shift
  dotnet publish functions/Handler -c Release -nologo -v q -clp:ErrorsOnly -o "$out/app" "$@" >/dev/null
  dotnet publish functions/HostStandIn -c Release -nologo -v q -clp:ErrorsOnly -o "$out/host" >/dev/null
  stack_host_dll="$out/host/hoststandin.dll"
}

stack_host() { # the stand-in's command line for APP on PORT (no timers: a statistics run would disturb a measurement)
  echo dotnet "$stack_host_dll" --app "$1" --urls "http://127.0.0.1:$2" --no-timers
}

stack_app() {
  local app=$1 port=$2 log=$3; shift 3
  env AzureWebJobsStorage="$conn" Storage__ConnectionString="$conn" "$@" \
    $(stack_host "$app" "$port") --quiet --show-dropped-logs >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$port/admin/host/status" 2>/dev/null | grep -q '"Running"' && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "local-stack: the host stand-in stopped; see $log" >&2; return 1; }
    sleep 0.1
  done
  echo "local-stack: the app did not start; see $log" >&2
  return 1
}

stack_site() {
  dotnet build functions/Publisher -c Release -nologo -clp:ErrorsOnly >/dev/null
  dotnet functions/Publisher/bin/Release/net10.0/publisher.dll publish site --connection "$conn" >/dev/null
}

start_local_stack() {
  local work=$1 port
  stack_azurite "$work"
  stack_build "$work"
  stack_site
  port=$(free_port)
  stack_app "$work/app" "$port" "$work/host.log"
  base="http://127.0.0.1:$port"
}
