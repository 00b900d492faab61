#!/usr/bin/env bash
# Builds the synthetic corpus (default N=4000) with our generator and with Hugo, alternating, and prints
# medians and our time divided by Hugo's from the same run. Installs nothing unless given --install,
# which runs `apt-get install -y hugo time` (Debian's Hugo is 0.111; GNU time measures peak memory).
#
#   bench/compare.sh [--install] [--n 4000] [--runs 5] [--work /dev/shm/statiqsite-bench]
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
install=0
for arg in "$@"; do
  if [ "$arg" = "--install" ]; then install=1; else args+=("$arg"); fi
done

if [ "$install" = 1 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hugo time >/dev/null
fi

if ! command -v hugo >/dev/null; then
  echo "Hugo is not installed: run 'apt-get install -y hugo' (gives 0.111) or bench/compare.sh --install" >&2
  exit 2
fi

bench/publish.sh
case " ${args[*]-} " in *" --n "*) ;; *) args+=(--n 4000) ;; esac
dotnet bench/StatiqSite.Benchmarks/bin/Release/net10.0/statiqsite-bench.dll run --hugo "${args[@]}"
