#!/usr/bin/env bash
# Builds the publisher exactly as the workflow ships it, and prints the executable's path on its last line (the build's
# own output goes to stderr). The workflow, the benchmarks, ./run.sh and the editors' guide all take it from here.
#   linux-x64 (the default): Native AOT, one executable with no JIT; most of a build of a few thousand sheets was the JIT
#     compiling the YAML and Markdown parsers (docs/performance.md). Linked by clang, installed from Debian when missing.
#   win-x64: self-contained single file, precompiled (ReadyToRun). Native AOT cannot cross-compile from Linux to
#     Windows, and the workflow builds on Linux.
# Warnings are errors here as everywhere: a dependency that is not AOT-safe fails the build instead of failing later.
# usage: infra/publisher/build.sh OUT_DIR [linux-x64|win-x64]
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: infra/publisher/build.sh OUT_DIR [linux-x64|win-x64]" >&2
  exit 2
fi
out=$1
rid=${2:-linux-x64}
root=$(cd "$(dirname "$0")/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

case "$rid" in
  linux-x64)
    "$root/infra/local/debian-deps.sh" --no-tests --with-clang
    shape=(-p:PublishAot=true)
    executable=publisher
    ;;
  win-x64)
    shape=(--self-contained -p:PublishSingleFile=true -p:PublishReadyToRun=true)
    executable=publisher.exe
    ;;
  *)
    echo "infra/publisher/build.sh: unknown runtime '$rid' (linux-x64 or win-x64)" >&2
    exit 2
    ;;
esac

# The intermediate files stay apart per runtime, so building both shapes one after the other keeps each incremental.
dotnet publish "$root/functions/Publisher" -c Release -r "$rid" "${shape[@]}" -o "$out" -nologo -clp:ErrorsOnly >&2
test -x "$out/$executable" || test -f "$out/$executable" || { echo "infra/publisher/build.sh: $out/$executable was not produced" >&2; exit 1; }
echo "$out/$executable"
