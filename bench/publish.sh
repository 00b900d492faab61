#!/usr/bin/env bash
# Publishes the generator in the forms the benchmark compares, each into bench/out/<form>:
#
#   native   Native AOT, one executable: bench/out/native/statiqsite (with theme-assets/ beside it). The
#            form Netlify and the GitHub workflow deploy with. Needs clang or gcc as the linker.
#   r2r      self-contained, one composite ReadyToRun image with the .NET and ASP.NET Core frameworks:
#            bench/out/r2r/statiqsite
#   dotnet   framework-dependent Release build, run as `dotnet bench/out/dotnet/statiqsite.dll`: the
#            code `dotnet run -c Release` runs
#
#   bench/publish.sh [native] [r2r] [dotnet]     (no form named: all three, then the benchmark program)
set -euo pipefail
cd "$(dirname "$0")/.."
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
rid="${rid:-linux-x64}"

forms=("$@")
[ ${#forms[@]} -gt 0 ] || forms=(native r2r dotnet bench)

for form in "${forms[@]}"; do
  out="bench/out/$form"
  case "$form" in
    native)
      # The publish settings for this form are in src/StatiqSite/StatiqSite.csproj (PublishAot group).
      rm -rf "$out"
      dotnet publish src/StatiqSite -c Release -r "$rid" -p:PublishAot=true -o "$out" -nologo -v quiet ;;
    r2r)
      rm -rf "$out"
      dotnet publish src/StatiqSite -c Release -r "$rid" --self-contained true \
        -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$out" -nologo -v quiet ;;
    dotnet)
      rm -rf "$out"
      # PublishDir, not -o: without a runtime identifier this SDK's -o reaches MSBuild malformed (MSB1008).
      dotnet publish src/StatiqSite -c Release -p:PublishDir="$PWD/$out/" -nologo -v quiet ;;
    bench)
      dotnet build bench/StatiqSite.Benchmarks -c Release -nologo -v quiet ;;
    *)
      echo "bench/publish.sh: unknown form '$form' (native, r2r, dotnet)" >&2
      exit 2 ;;
  esac
done
