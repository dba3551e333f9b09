#!/usr/bin/env bash
# Newcomer command 2 (and CI): install, build with warnings as errors and ASan+UBSan, run every test
# headless, with a real, unlocked Secret Service on a private D-Bus session.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${HOIST_TEST_BUILD_DIR:-$root/build-test}
"$root/scripts/setup.sh"
"$root/scripts/build.sh" "$build_dir" -DHOIST_WERROR=ON -DHOIST_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug

# A throwaway home: tests never read or write the user's config, data or keyring.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/.config XDG_DATA_HOME=$scratch/.local/share
export XDG_CACHE_HOME=$scratch/.cache XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/tests/data/lsan.supp

dbus-run-session -- sh -c '
    echo -n hoist-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$1" --output-on-failure --timeout 600
' sh "$build_dir"
