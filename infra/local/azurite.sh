#!/usr/bin/env bash
# The pinned Azure Storage emulator (Azurite) for local runs and tests.
#   azurite.sh install     install Azurite from package-lock.json into infra/local/node_modules (quiet; no-op when current)
#   azurite.sh start DIR   start Azurite on 127.0.0.1:10000/10001/10002 with its data in DIR, wait until it answers, print its pid
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$here/node_modules/.bin/azurite"
ports=(10000 10001 10002)
start_timeout_seconds=30

# shellcheck source=npm-tools.sh
source "$here/npm-tools.sh"
install() { npm_tools_install azurite.sh "$here" "$bin"; }

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local dir="${1:?usage: azurite.sh start DIR}"
  install
  for port in "${ports[@]}"; do
    if port_answers "$port"; then
      echo "azurite.sh: port $port is already in use (another Azurite running?)" >&2
      exit 1
    fi
  done
  mkdir -p "$dir"
  # A session of its own: a terminal's Ctrl-C must not stop the storage before the app has written to it.
  setsid "$bin" --location "$dir" --silent --disableTelemetry \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    >"$dir/azurite.log" 2>&1 &
  local pid=$!
  local deadline=$((SECONDS + start_timeout_seconds))
  for port in "${ports[@]}"; do
    until port_answers "$port"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "azurite.sh: Azurite exited during start-up; see $dir/azurite.log" >&2
        exit 1
      fi
      if ((SECONDS >= deadline)); then
        echo "azurite.sh: Azurite did not answer on port $port within ${start_timeout_seconds}s" >&2
        kill "$pid" 2>/dev/null || true
        exit 1
      fi
      sleep 0.2
    done
  done
  echo "$pid"
}

case "${1:-}" in
  install) install ;;
  start) shift; start "$@" ;;
  *) echo "usage: azurite.sh install | start DIR" >&2; exit 2 ;;
esac
