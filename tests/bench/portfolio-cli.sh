#!/usr/bin/env bash
# What a user waits for (not run by CI): `autocoin backtest` on the six recorded markets together
# (hourly 2022-2025, one account) and on BTC alone, wall time and peak memory of the whole command
# (loading the CSVs, the backtest, the report), and on ten markets × 100,000 one-minute candles.
# Needs /usr/bin/time (Debian: package time).
#   tests/bench/portfolio-cli.sh [BUILD_DIR=build]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
data=$root/../shared/data/upbit-krw-6markets-1h
autocoin=$build/app/autocoin
[ -x "$autocoin" ] || { echo "missing $autocoin: build the target autocoin" >&2; exit 2; }
list=
for f in "$data"/KRW-*.csv; do
    m=$(basename "$f" .csv)
    list=${list:+$list,}$m=$f
done
measure() {
    local label=$1
    shift
    local out
    out=$(mktemp)
    /usr/bin/time -f '%e %M' -o "$out.time" "$autocoin" backtest "$@" >"$out" 2>/dev/null
    read -r seconds kib <"$out.time"
    printf '%-34s %6.2f s wall  %7d KiB peak  %s\n' "$label" "$seconds" "$kib" \
        "$(grep -E '^  (Final equity|Trades)' "$out" | tr -s ' ' | tr '\n' ';')"
    rm -f "$out" "$out.time"
}
measure "six markets, one account" --data "$list" --max-positions 3
measure "KRW-BTC alone" --data "KRW-BTC=$data/KRW-BTC.csv"
# Ten markets × 100,000 one-minute candles (written once by bench_portfolio), one account.
bench=$build/tests/bench/bench_portfolio
ten=${TMPDIR:-/tmp}/autocoin-10-markets
if [ -x "$bench" ]; then
    [ -s "$ten/KRW-M9.csv" ] || { mkdir -p "$ten" && "$bench" --write-csv "$ten"; }
    list=
    for f in "$ten"/KRW-M*.csv; do
        list=${list:+$list,}$(basename "$f" .csv)=$f
    done
    measure "ten markets x 100,000 minutes" --data "$list" --max-positions 3
else
    echo "(build bench_portfolio for the ten-market run)"
fi
