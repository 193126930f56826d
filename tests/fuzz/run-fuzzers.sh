#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in BUILD_DIR (AUTOCOIN_FUZZ=ON: the exchange and engine
# libraries and the targets, nothing else) and runs each for SECONDS, one after the other.
# Exits 1 if any target found a crash, a sanitizer report or a broken invariant; the input that
# did it is kept in BUILD_DIR/artifacts/ (reproduce: BUILD_DIR/tests/fuzz/<target> <file>).
# Called by `installer/bootstrap.sh fuzz [seconds]`; usage: run-fuzzers.sh ROOT BUILD_DIR JOBS [SECONDS]
set -euo pipefail

root=$1
build=$2
jobs=$3
seconds=${4:-60}
case "$seconds" in
'' | *[!0-9]*)
    echo "fuzz: seconds must be a whole number, not '$seconds'" >&2
    exit 2
    ;;
esac
targets=(fuzz_restparsers fuzz_decimal fuzz_settings fuzz_candlefile fuzz_streamparsers)

llvm_bin=/usr/lib/llvm-14/bin
echo "==> configuring ($build, clang)"
compiler=()
# The compiler is chosen once: naming it again (even by another path) would make CMake start over.
if [ ! -f "$build/CMakeCache.txt" ]; then compiler=(-DCMAKE_CXX_COMPILER=clang++-14); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAUTOCOIN_FUZZ=ON "${compiler[@]}" >/dev/null
echo "==> building the fuzz targets with $jobs jobs"
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

# Leak checking stays on (libFuzzer checks each input that allocates more than it frees).
export ASAN_OPTIONS=abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_SYMBOLIZER_PATH="$llvm_bin/llvm-symbolizer"
mkdir -p "$build/artifacts"
failed=()
summary=()
for target in "${targets[@]}"; do
    # New inputs go to the build directory's corpus; the committed seeds are only read.
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    log="$build/artifacts/$target.log"
    echo "==> $target for ${seconds}s (log: $log)"
    status=0
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "$corpus" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    summary+=("$target: ${runs:-?} executions, ${speed:-?} exec/s, ${done_line:-no DONE line}")
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        echo "!! $target failed (exit $status):" >&2
        grep -E 'ERROR: |runtime error|SUMMARY|Test unit written|==[0-9]+==' "$log" | head -20 >&2 || true
    fi
done
echo "==> summary"
printf '    %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: crashes in ${failed[*]}; inputs in $build/artifacts/" >&2
    exit 1
fi
echo "==> no crash in ${#targets[@]} targets"
