#!/usr/bin/env bash
# The benchmark (README: Performance). Publishes the shop (Release), builds the benchmark databases
# once (kept in bench/.data), and measures every page with wrk, the shop on core 0 and wrk on core 1.
# Writes bench/results/latest.md. Options go to Shop.Bench:
#   --smoke        tiny data and one short round: checks that the benchmark still works (test.sh runs it)
#   --note TEXT    a line for the results, such as what else the machine was doing
#   --sizes 1000,10000      only these catalog sizes (the storm runs at the largest)
#   --only anonymous|buyer|storm   only those pages (with the plaintext baseline) or only the storm
#   A run with --sizes or --only writes bench/results/partial.md, never latest.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk with apt..."
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
for tool in wrk taskset; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is missing: install it (apt-get install wrk util-linux) and run again." >&2
        exit 1
    fi
done
if [ "$(nproc)" -lt 2 ]; then
    echo "The benchmark pins the shop and the load to different cores: it needs at least 2." >&2
    exit 1
fi

# A smoke run (test.sh) publishes apart, so that it never replaces the app of a full run going on.
app="bench/.work/app"
for argument in "$@"; do
    [ "$argument" = "--smoke" ] && app="bench/.work/app-smoke"
done
dotnet publish Shop.Web -c Release -o "$app" --nologo -v quiet
dotnet build Shop.Bench -c Release --nologo -v quiet
dotnet Shop.Bench/bin/Release/net10.0/Shop.Bench.dll --app "$app/Shop.Web.dll" --repo "$PWD" "$@"
