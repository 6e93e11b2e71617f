#!/usr/bin/env bash
# Runs the test projects that touch time again with the process clock moved (libfaketime), so a test that reads
# the machine's clock instead of its FakeTimeProvider fails here and not on some later day:
#   years ahead, half a minute before Vietnam's midnight at a year's and a month's end (31 Dec, 16:59:30 UTC);
#   before Vietnam's midnight at the end of a short February.
# Expects ./test.sh to have built the solution in Release. Installs Debian's faketime when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

projects=(Domain Publisher Stats Handler)
moments=("2031-12-31 16:59:30" "2030-02-28 16:58:00")

if ! command -v faketime >/dev/null; then
  as_root=(); [[ "$(id -u)" -eq 0 ]] || as_root=(sudo)
  echo "clock-tests: installing faketime" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
  "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends faketime >/dev/null
fi

status=0
for moment in "${moments[@]}"; do
  echo "==> tests that touch time, with the clock at $moment UTC"
  for project in "${projects[@]}"; do
    TZ=UTC faketime "$moment" dotnet test "tests/$project.Tests/$project.Tests.csproj" -c Release --no-build -nologo \
      --logger "console;verbosity=minimal" || status=1
  done
done
exit "$status"
