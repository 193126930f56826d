#!/usr/bin/env bash
# The README's commands on Debian 12 / Ubuntu 24.04 or newer (Qt 6.4+):
#   installer/bootstrap.sh run  [autocoin options]   install what is missing, build, start the app
#   installer/bootstrap.sh build                     the same without starting it: the build users get
#                                                    (build/app/autocoin and the benchmarks; see README)
#   installer/bootstrap.sh test [ctest options]      install what is missing, build, check that every
#                                                    package the build used is installed here, run every test
#   installer/bootstrap.sh sanitize [ctest options]  the tests again in an ASan + UBSan build (build-sanitize/)
#   installer/bootstrap.sh tidy [files]              clang-tidy (.clang-tidy) over the project's sources
#   installer/bootstrap.sh fuzz [seconds]            each libFuzzer target for SECONDS (default 60), clang
#                                                    build in build-fuzz/; fails on any crash (tests/fuzz/)
# Anything else it needs (a display for `run`) is the machine's. Safe to run again: it installs
# only missing packages and rebuilds only what changed.
set -euo pipefail

mode=${1:-}
case "$mode" in
run | build | test | sanitize | tidy | fuzz) shift ;;
*)
    echo "usage: $0 run|build|test|sanitize|tidy|fuzz [options]" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
jobs=${AUTOCOIN_JOBS:-2}

# Build and run-time packages. Test mode adds the tools the checks use.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-websockets-dev qt6-translations-l10n qt6-qpa-plugins
    libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libssl-dev libgl-dev libqt6opengl6-dev
    fonts-noto-cjk
)
if [ "$mode" = fuzz ]; then
    # clang, libFuzzer and the sanitizer runtimes (libclang_rt.fuzzer/asan/ubsan: libclang-rt-14-dev on
    # Debian 12), llvm-symbolizer for readable stacks. Debian 12's clang is 14.
    packages+=(clang-14 libclang-rt-14-dev llvm-14)
elif [ "$mode" != run ] && [ "$mode" != build ]; then
    packages+=(clang-format xvfb xauth postgresql dpkg-dev lintian desktop-file-utils appstream x11-utils)
fi
if [ "$mode" = tidy ]; then
    packages+=(clang-tidy)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = fuzz ]; then
    exec "$root/tests/fuzz/run-fuzzers.sh" "$root" "$root/build-fuzz" "$jobs" "$@"
fi

werror=OFF
if [ "${CI:-}" = true ]; then werror=ON; fi
# run, build, test and tidy share build/ and its one configuration: the optimised build users get
# (the packages are made from it), so the suite tests what ships (docs/DECISIONS.md, Speed).
build_type=Release
sanitize=OFF
if [ "$mode" = sanitize ]; then
    build="$root/build-sanitize"
    build_type=Debug
    sanitize=ON
    # Qt keeps some globals alive at exit: leaks are not checked; every other report fails the run.
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
echo "==> configuring ($build)"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=$build_type -DAUTOCOIN_WERROR=$werror \
    -DAUTOCOIN_SANITIZE=$sanitize >/dev/null
echo "==> building with $jobs jobs"
cmake --build "$build" -j "$jobs"

if [ "$mode" = tidy ]; then
    # The build above generated Qt's moc files the sources include; they are not checked themselves.
    exec "$root/installer/run-tidy.sh" "$build" "$@"
fi

if [ "$mode" = build ]; then
    echo "==> built $build/app/autocoin ($build_type)"
    exit 0
fi

if [ "$mode" = run ]; then
    echo "==> starting autocoin (paper mode; data under ~/.local/share/autocoin)"
    exec "$build/app/autocoin" "$@"
fi

echo "==> checking formatting (.clang-format)"
cd "$root"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app engine exchange ui tests -name '*.cpp' -o -name '*.h')
if ! clang-format --dry-run --Werror "${sources[@]}"; then
    echo "formatting differs from .clang-format: run clang-format -i on the files above" >&2
    exit 1
fi

if [ "$mode" = test ]; then
    echo "==> checking that bootstrap installs every package the build used"
    "$root/installer/check-deps.sh" "$build" "${packages[@]}"
fi

echo "==> running the tests"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j "$jobs" "$@"
