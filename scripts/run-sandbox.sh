#!/usr/bin/env bash
# Newcomer command 1: install, build, start the local sandbox media library on
# http://127.0.0.1:8765 and open Hoist with its ready "Sandbox" profile.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh" "$root/build" -DHOIST_BUILD_TESTS=OFF # the app only; scripts/test.sh builds the tests

/usr/bin/python3 "$root/tests/servers/sandbox.py" --port 8765 --token hoist-sandbox-token &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fsS http://127.0.0.1:8765/_hoist/health >/dev/null 2>&1 && break
    sleep 0.1
done
echo "Sandbox media library: http://127.0.0.1:8765/api/media/files"
echo "It wants the token hoist-sandbox-token: Hoist asks for it once (credential \"sandbox\") and keeps it in"
echo "your keychain. From the command line: echo hoist-sandbox-token | $root/build/ui/hoist credentials set sandbox"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting Hoist on a virtual one (xvfb-run). Try the command line meanwhile:"
    echo "  $root/build/ui/hoist upload --profile Sandbox FILE…"
    exec xvfb-run -a "$root/build/ui/hoist" "$@"
fi
"$root/build/ui/hoist" "$@"
