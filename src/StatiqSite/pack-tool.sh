#!/usr/bin/env bash
# Packs the statiqsite .NET tool into a folder, as the packages `dotnet tool install` and `dotnet tool restore`
# choose between (docs/new-site.md, docs/publishing.md "Packaging the generator"):
#
#   StatiqSite.<version>.nupkg             the top-level package: names the two below, holds no program
#   StatiqSite.any.<version>.nupkg         the framework-dependent program, for any machine with .NET 10
#   StatiqSite.linux-x64.<version>.nupkg   the Native AOT executable, packed only on linux-x64 (a native
#                                          compiler cannot cross-compile); needs clang or gcc as the linker
#
#   src/StatiqSite/pack-tool.sh OUTPUT_FOLDER
#
# Each of the three is a plain `dotnet pack`; the Native AOT settings for packing are in StatiqSite.csproj.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: src/StatiqSite/pack-tool.sh OUTPUT_FOLDER" >&2; exit 2; }
out="$(realpath -m "$1")"
cd "$(dirname "$0")"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"

dotnet pack -c Release -o "$out" -nologo -v quiet
dotnet pack -c Release -r any -o "$out" -nologo -v quiet
if [ "$rid" = linux-x64 ]; then
  dotnet pack -c Release -r linux-x64 -o "$out" -nologo -v quiet
else
  echo "pack-tool.sh: this machine is $rid, not linux-x64: StatiqSite.linux-x64 is not packed, and the top-level package cannot be installed on linux-x64 until it is" >&2
fi
