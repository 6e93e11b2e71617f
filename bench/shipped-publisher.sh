# Sourced by the benchmarks: sets PUB to the publisher as it ships (infra/publisher/build.sh, built once into
# .local/publisher and reused: a second build with nothing changed takes seconds). PUBLISHER="CMD ..." measures another
# build instead, e.g. PUBLISHER="dotnet functions/Publisher/bin/Release/net10.0/publisher.dll" for the Release dll.
if [[ -n "${PUBLISHER:-}" ]]; then
  read -r -a PUB <<<"$PUBLISHER"
else
  PUB=("$(infra/publisher/build.sh .local/publisher | tail -n 1)")
fi
