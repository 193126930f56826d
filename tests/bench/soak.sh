#!/usr/bin/env bash
# Soak: the headless engine trading LIVE and PAPER against the fake Upbit (tests/support/
# fake_exchange) with random faults — 5xx, timeouts, dropped connections, 429, malformed and
# truncated answers, answers lost or garbled after the order was accepted, 404 on the first
# lookup — on 1-minute candles whose EMA 2/3 cross every minute. Not run by CI.
#
#   tests/bench/soak.sh ITERATIONS [FAULT_RATE=0.03] [SEED=1]
#
# Environment: BUILD (default build), OUT (a directory kept for inspection; default a temp dir),
# MODES (default "live paper"), ORDER_FAULTS (the fault rate of order placement and lookups;
# default FAULT_RATE). Needs python3. Builds nothing: build `autocoin fake_exchange` first.
#
# At the end it checks, per mode: RSS flat after warm-up (VmRSS sampled every 10 s); no ERROR
# unless a failure count truly reached the threshold; live: every order at the fake exchange in
# order_history with its id and final state, every fill in trades exactly once, nothing else;
# never two entries open in one market; cash and coin rebuilt from `trades` equal to the
# account (live: the exchange's balances; both: the engine's last equity event).
set -u
ITERATIONS=${1:?usage: soak.sh ITERATIONS [FAULT_RATE] [SEED]}
RATE=${2:-0.03}
SEED=${3:-1}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-$ROOT/build}
OUT=${OUT:-$(mktemp -d /tmp/autocoin-soak.XXXXXX)}
MODES=${MODES:-live paper}
AUTOCOIN=$BUILD/app/autocoin
FAKE=$BUILD/tests/support/fake_exchange
ORDER_FAULTS=${ORDER_FAULTS:-$RATE}
MAX_FAILURES=5
for exe in "$AUTOCOIN" "$FAKE"; do
    [ -x "$exe" ] || { echo "missing $exe: build the targets autocoin and fake_exchange" >&2; exit 2; }
done
mkdir -p "$OUT"
echo "soak: $ITERATIONS iterations per mode, fault rate $RATE (orders $ORDER_FAULTS), seed $SEED, output in $OUT"

declare -A FAKE_PID ENGINE_PID
start_mode() {
    local mode=$1 dir=$OUT/$1
    mkdir -p "$dir/data"
    nice "$FAKE" --faults "$RATE" --order-faults "$ORDER_FAULTS" --seed "$SEED" --dump "$dir/fake.json" >"$dir/fake.out" 2>"$dir/fake.err" &
    FAKE_PID[$mode]=$!
    local url=""
    for _ in $(seq 50); do
        url=$(sed -n 's/^listening on //p' "$dir/fake.out")
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { echo "$mode: the fake exchange did not start" >&2; exit 1; }
    local paper=true live_flag=""
    if [ "$mode" = live ]; then paper=false; live_flag=--i-understand-live-trading; fi
    # Made-up keys: the ones the fake accepts (tests/support/FakeExchange.h kAccessKey/kSecretKey).
    env PAPER_MODE=$paper MARKET_DATA=rest UPBIT_API_URL="$url" UPBIT_ACCESS_KEY=fake-access-key-0001 \
        UPBIT_SECRET_KEY=fake-secret-key-0001-not-a-real-one APP_TIMEZONE=Asia/Seoul MARKET_SYNC_MINUTES=1 \
        nice "$AUTOCOIN" --headless --start $live_flag --data-dir "$dir/data" --exchange upbit --market KRW-BTC \
        --timeframe 1 --ema-fast 2 --ema-slow 3 --volume-multiple 0 --max-order-krw 10000 --interval 1 \
        --timeout 2 --max-failures $MAX_FAILURES --order-timeout 10 \
        >"$dir/events.jsonl" 2>"$dir/stderr.log" &
    ENGINE_PID[$mode]=$!
    echo "$mode: fake exchange pid ${FAKE_PID[$mode]} at $url, engine pid ${ENGINE_PID[$mode]}"
}

iterations() { # the last iteration number an engine reported
    grep -o '"iteration":[0-9]*' "$OUT/$1/events.jsonl" 2>/dev/null | tail -1 | cut -d: -f2
}

for mode in $MODES; do start_mode "$mode"; done
started=$(date +%s)
while :; do
    done_all=1
    for mode in $MODES; do
        pid=${ENGINE_PID[$mode]}
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "$mode: the engine exited early" >&2
            continue
        fi
        rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null)
        echo "$(( $(date +%s) - started )) $rss $(iterations "$mode")" >>"$OUT/$mode/rss.txt"
        n=$(iterations "$mode"); n=${n:-0}
        [ "$n" -ge "$ITERATIONS" ] || done_all=0
        if grep -q '"to":"ERROR"' "$OUT/$mode/events.jsonl"; then
            echo "$mode: ERROR at iteration $n" >&2
        fi
    done
    [ $done_all = 1 ] && break
    # Stop early when every engine is gone or in ERROR: nothing more will happen.
    alive=0
    for mode in $MODES; do
        kill -0 "${ENGINE_PID[$mode]}" 2>/dev/null && ! grep -q '"to":"ERROR"' "$OUT/$mode/events.jsonl" && alive=1
    done
    [ $alive = 1 ] || break
    sleep 10
done
elapsed=$(( $(date +%s) - started ))
# Faults off, then time for every open outcome to settle (an unplaced order is "never placed"
# after the order timeout and three lookups) before the engines stop.
for mode in $MODES; do
    url=$(sed -n 's/^listening on //p' "$OUT/$mode/fake.out")
    python3 -c "import urllib.request,sys; urllib.request.urlopen(urllib.request.Request(sys.argv[1] + '/admin/faults?rate=0', method='POST'))" "$url"
done
sleep 25
for mode in $MODES; do
    kill -TERM "${ENGINE_PID[$mode]}" 2>/dev/null; wait "${ENGINE_PID[$mode]}"; echo "$mode: engine exit $?"
    kill -TERM "${FAKE_PID[$mode]}" 2>/dev/null; wait "${FAKE_PID[$mode]}"
done
echo "ran ${elapsed} s"
status=0
for mode in $MODES; do
    python3 "$ROOT/tests/bench/soak_check.py" "$mode" "$OUT/$mode" "$MAX_FAILURES" || status=1
done
exit $status
