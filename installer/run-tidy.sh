#!/usr/bin/env bash
# clang-tidy with the project's .clang-tidy over every source of the project in BUILD_DIR's
# compile database (Qt's generated moc/qrc files in the build directory are left out; the project's
# headers are checked through the sources that include them). Any finding fails the run.
#   installer/run-tidy.sh BUILD_DIR [FILE_REGEX...]    (bootstrap.sh tidy builds first, then runs this)
# AUTOCOIN_JOBS sets the parallel clang-tidy processes (default 2).
set -euo pipefail

build=$(cd "$1" && pwd)
shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=${AUTOCOIN_JOBS:-2}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "no compile_commands.json in $build (configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON)" >&2
    exit 2
fi
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
if [ -z "$runner" ]; then
    echo "run-clang-tidy is missing: apt-get install clang-tidy" >&2
    exit 2
fi
if [ $# -eq 0 ]; then
    set -- "^$root/(app|engine|exchange|ui|tests|tools)/"
fi

total=0
for regex in "$@"; do
    total=$((total + $(sed -n 's/^ *"file": "\(.*\)",\{0,1\}$/\1/p' "$build/compile_commands.json" | grep -cE "$regex" || true)))
done
echo "==> clang-tidy ($(clang-tidy --version | sed -n 's/.*version \([0-9.]*\).*/\1/p')) over $total files with $jobs jobs"
started=$SECONDS
# The database holds g++'s flags: clang ignores the warning options it does not know, and its own
# compiler warnings are g++'s business (-Werror there), not this gate's. The runner's echo of each
# command becomes a progress count; colours and clang's chatter are dropped.
set +e
"$runner" -p "$build" -j "$jobs" -quiet -extra-arg=-Wno-unknown-warning-option -extra-arg=-Wno-error \
    "$@" 2>&1 | awk -v total="$total" '
        { gsub(/\033\[[0-9;]*m/, "") }
        /^[^ ]*clang-tidy[^ ]* -/ {
            done++
            if (done % 10 == 0 || done == total) { printf "  %d/%d files\n", done, total; fflush() }
            next
        }
        /^[0-9]+ warnings? generated\.$/ || /^Suppressed [0-9]+ warnings/ || /^Use -header-filter=/ || /^Running clang-tidy for/ { next }
        { print; fflush() }'
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
    echo "clang-tidy: findings above (.clang-tidy makes each an error); fix them or, where the check is wrong, NOLINT(check) with the reason" >&2
    exit 1
fi
echo "clang-tidy: no findings ($((SECONDS - started)) s)"
