#!/usr/bin/env bash
# Publishes the generator as the benchmark runs it: Release, ReadyToRun for this machine, into bench/out/app.
set -euo pipefail
cd "$(dirname "$0")/.."
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
dotnet publish src/StatiqSite -c Release -r "${rid:-linux-x64}" --self-contained false -o bench/out/app -nologo -v quiet
dotnet build bench/StatiqSite.Benchmarks -c Release -nologo -v quiet
