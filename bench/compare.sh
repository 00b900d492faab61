#!/usr/bin/env bash
# The benchmark in one run: every published form of the generator (native, r2r, dotnet; see
# bench/publish.sh), alternating within each measurement so that all see the same machine load:
#   1. the synthetic corpus (default N=4000), cold builds, against Hugo on the same Markdown;
#   2. the real site's cold build, process start to exit;
#   3. preview on the real site: start to first page served, and edit to reload;
#   4. the same on the corpus.
# Installs nothing unless given --install, which runs `apt-get install -y hugo time` (Debian's Hugo is
# 0.111; GNU time measures peak memory). --no-publish reuses the forms already in bench/out.
#
#   bench/compare.sh [--install] [--no-publish] [--n 4000] [--runs 5] [--work /dev/shm/statiqsite-bench]
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
install=0
publish=1
n=4000
previous=""
for arg in "$@"; do
  case "$arg" in
    --install) install=1 ;;
    --no-publish) publish=0 ;;
    *) args+=("$arg"); [ "$previous" = "--n" ] && n="$arg" ;;
  esac
  previous="$arg"
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

if [ "$publish" = 1 ]; then bench/publish.sh; else bench/publish.sh bench; fi
bench=(dotnet bench/StatiqSite.Benchmarks/bin/Release/net10.0/statiqsite-bench.dll)
case " ${args[*]-} " in *" --n "*) ;; *) args+=(--n "$n") ;; esac

echo "== corpus, cold build, against Hugo"
"${bench[@]}" run --hugo "${args[@]}"
echo
echo "== real site, cold build"
"${bench[@]}" run --input input
echo
echo "== real site, preview"
"${bench[@]}" latency --input input --edit briefings/2020-01-07-week-after-the-strike.md
echo
echo "== corpus, preview"
"${bench[@]}" latency --n "$n" --edit "$(cd "bench/out/corpus-$n/input" && ls briefings/*.md | sed -n "$((n / 2))p")"
