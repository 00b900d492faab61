#!/usr/bin/env bash
# Runs one benchmark command over the published forms: bench/run.sh run --n 4000, bench/run.sh run --input input,
# bench/run.sh latency --n 4000 (see docs/performance.md). Publishes the forms that bench/out lacks; after a
# change to the generator, run bench/publish.sh to publish them again.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for form in native r2r dotnet; do
  [ -e "bench/out/$form" ] || missing+=("$form")
done
bench/publish.sh "${missing[@]}" bench
dotnet bench/StatiqSite.Benchmarks/bin/Release/net10.0/statiqsite-bench.dll "$@"
