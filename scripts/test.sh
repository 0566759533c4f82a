#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   1. a Debug build of everything with the tests, in build-debug/, and ctest there;
#   2. the model and its tests alone under AddressSanitizer and UndefinedBehaviorSanitizer, in
#      build-asan/, and ctest there.
# Exits non-zero if a build or any test fails. Qt tests use the offscreen platform: no display needed.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1
# ccache: paths relative to the checkout, so another clone (CI's) reuses this machine's compiler cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true

step() { printf '\n==== test.sh: %s\n' "$*"; }

step "dependencies"
bash "$root/scripts/setup-deps.sh" || exit 1

status=0

step "Debug build with tests (build-debug/)"
if cmake -S "$root" -B "$root/build-debug" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSPOKEWISE_BUILD_TESTS=ON \
    && cmake --build "$root/build-debug" --parallel "$jobs"; then
    step "ctest in build-debug/"
    (cd "$root/build-debug" && ctest --output-on-failure --parallel "$jobs" --timeout 600) || status=1
else
    echo "test.sh: the Debug build failed" >&2
    status=1
fi

step "model under ASan + UBSan (build-asan/)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSPOKEWISE_BUILD_GUI=OFF \
        -DSPOKEWISE_SANITIZE=ON -DSPOKEWISE_BUILD_TESTS=ON \
    && cmake --build "$root/build-asan" --parallel "$jobs"; then
    step "ctest in build-asan/"
    (cd "$root/build-asan" && ctest --output-on-failure --parallel "$jobs" --timeout 900) || status=1
else
    echo "test.sh: the sanitizer build failed" >&2
    status=1
fi

if [[ $status -eq 0 ]]; then
    step "all builds and tests passed"
else
    step "FAILED (see above)"
fi
exit $status
