#!/usr/bin/env bash
# Runs the test projects that touch time again with the process clock moved (libfaketime), so a test that reads
# the machine's clock instead of its FakeTimeProvider fails here and not on some later day:
#   years ahead, half a minute before Vietnam's midnight at a year's and a month's end (31 Dec, 16:59:30 UTC);
#   before Vietnam's midnight at the end of a short February.
# Expects ./test.sh to have built the solution in Release. Installs Debian's faketime when missing (debian-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

# Handler.Tests and HostStandIn.Tests run their worker on a clock of their own (TestSupport FakeClock), whatever the
# machine's; their waits are real time, which libfaketime can cut short.
projects=(Domain Publisher Stats)
moments=("2031-12-31 16:59:30" "2030-02-28 16:58:00")

infra/local/debian-deps.sh

status=0
for moment in "${moments[@]}"; do
  echo "==> tests that touch time, with the clock at $moment UTC"
  for project in "${projects[@]}"; do
    TZ=UTC faketime "$moment" dotnet test "tests/$project.Tests/$project.Tests.csproj" -c Release --no-build -nologo \
      --logger "console;verbosity=minimal" || status=1
  done
done
exit "$status"
