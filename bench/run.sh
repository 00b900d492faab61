#!/usr/bin/env bash
# Publishes the generator and runs the benchmark: bench/run.sh run --n 4000, bench/run.sh run --input input,
# bench/run.sh latency --n 4000 (see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bench/publish.sh
dotnet bench/StatiqSite.Benchmarks/bin/Release/net10.0/statiqsite-bench.dll "$@"
