#!/usr/bin/env bash
# What a user waits for (not run by CI): `autocoin backtest --data minutes.csv --json out.json` on
# 1,000,000 one-minute candles made from the shared hourly KRW-BTC data, end to end — reading the
# file, the backtest, the report and the JSON — with wall, user and system time and peak memory;
# then the core alone (bench_backtest) for comparison. Needs /usr/bin/time (Debian: package time).
#   tests/bench/backtest-cli.sh [BUILD_DIR=build]
# The CSV (about 60 MB) is written once to ${TMPDIR:-/tmp}/autocoin-1m-minutes.csv.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
autocoin=$build/app/autocoin
bench=$build/tests/bench/bench_backtest
for exe in "$autocoin" "$bench"; do
    [ -x "$exe" ] || { echo "missing $exe: build the targets autocoin and bench_backtest" >&2; exit 2; }
done
csv=${TMPDIR:-/tmp}/autocoin-1m-minutes.csv
[ -s "$csv" ] || "$bench" --write-csv "$csv"
printf 'data: %s (%d MB, %d candles)\n' "$csv" $(($(stat -c %s "$csv") / 1000000)) $(($(wc -l <"$csv") - 1))
out=$(mktemp -d)
for round in 1 2 3; do
    /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$autocoin" backtest --data "$csv" --json "$out/report.json" \
        >"$out/stdout" 2>/dev/null
    read -r wall user sys kib <"$out/time"
    printf 'autocoin backtest, 1M candles, round %d: %5.2f s wall (%5.2f user, %5.2f system), %7d KiB peak\n' \
        "$round" "$wall" "$user" "$sys" "$kib"
done
grep -E '^  (Final equity|Trades)' "$out/stdout" || true
# The sweep a user runs on the same file: 64 combinations, one walk-forward fold, every core.
/usr/bin/time -f '%e %U %S %M' -o "$out/time" "$autocoin" optimize --data "$csv" --range ema-fast=4:18:2 \
    --range ema-slow=20:55:5 --windows 1 >"$out/stdout" 2>/dev/null
read -r wall user sys kib <"$out/time"
printf 'autocoin optimize, 64 combinations x 1M candles + 1 fold: %5.2f s wall (%5.2f user, %5.2f system), %7d KiB peak\n' \
    "$wall" "$user" "$sys" "$kib"
rm -rf "$out"
"$bench" | grep -E 'in memory|CandleColumns|full backtest|peak|sweep'
