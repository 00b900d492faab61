#!/usr/bin/env bash
# Publishes the generator as the benchmark runs it, into bench/out/app: Release, self-contained, and
# compiled ahead of time as one composite ReadyToRun image with the .NET and ASP.NET Core frameworks, so
# that generic code over the framework's types (dictionaries, LINQ, async builders) is precompiled too
# instead of being compiled by the JIT at run time (see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
rm -rf bench/out/app
dotnet publish src/StatiqSite -c Release -r "${rid:-linux-x64}" --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o bench/out/app -nologo -v quiet
dotnet build bench/StatiqSite.Benchmarks -c Release -nologo -v quiet
