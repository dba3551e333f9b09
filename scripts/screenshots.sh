#!/usr/bin/env bash
# Renders the desktop app on a virtual screen against the sandbox emulator, for looking at it and for
# the README: the empty window, an upload in progress, a queue with errors, the answer inspector, the
# profile editor, and the window right to left.
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build, docs/screenshots)
# Needs a build (scripts/build.sh), and xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")
out=$(realpath -m "${2:-$root/docs/screenshots}")
for tool in xvfb-run xdotool import dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh needs $tool (apt-get install xvfb xdotool imagemagick dbus gnome-keyring)" >&2; exit 2; }
done
mkdir -p "$out"

if [[ "${HOIST_SCREENSHOTS_INNER:-}" != 1 ]]; then
    export HOIST_SCREENSHOTS_INNER=1
    exec xvfb-run -a -s "-screen 0 1280x800x24 -noreset" dbus-run-session -- "$0" "$build" "$out"
fi

work=$(mktemp -d)
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME= XDG_DATA_HOME=
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
echo -n screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
hoist="$build/ui/hoist"

/usr/bin/python3 "$root/tests/servers/sandbox.py" --port 0 --port-file "$work/url" --token hoist-sandbox-token \
    >"$work/sandbox.log" 2>&1 &
sandbox=$!
app=
cleanup() { kill $app $sandbox 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 100); do [[ -s "$work/url" ]] && break; sleep 0.1; done
url=$(cat "$work/url")
echo hoist-sandbox-token | "$hoist" credentials set sandbox >/dev/null
"$hoist" profiles add "Media library" --preset drf-media --var "base=$url" --credential sandbox >/dev/null

# Pictures worth a preview, a big one to watch, an empty file and a script the server takes but
# preflight does not mind.
/usr/bin/python3 - "$HOME/Pictures" <<'PY'
import os, struct, sys, zlib
def png(w, h, colour):
    rows = b"".join(b"\x00" + bytes(colour) * w for _ in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)
for name, colour in [("harbour", (40, 110, 190)), ("sunset", (230, 120, 40)), ("forest", (40, 140, 70)),
                     ("poster", (200, 50, 60))]:
    open(os.path.join(folder, f"{name}.png"), "wb").write(png(640, 360, colour))
open(os.path.join(folder, "video-master.mov"), "wb").write(os.urandom(12 * 1024 * 1024))
open(os.path.join(folder, "empty-export.png"), "wb").close()
open(os.path.join(folder, "zz-season-archive.zip"), "wb").write(os.urandom(300 * 1024))
PY

shot() { # name [window title]
    sleep 0.8
    local id geometry
    id=$(xdotool search --onlyvisible --name "${2:-^Hoist$}" | tail -1)
    eval "$(xdotool getwindowgeometry --shell "$id")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" "$out/$1.png"
    echo "wrote $out/$1.png"
}
start() { # hoist arguments…
    "$hoist" "$@" & app=$!
    for _ in $(seq 50); do xdotool search --onlyvisible --name "^Hoist$" >/dev/null 2>&1 && break; sleep 0.2; done
    sleep 1
}
stop() { kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; app=; }
fault() { curl -fsS -X POST -H 'Content-Type: application/json' -d "$1" "$url/_hoist/faults" >/dev/null; }

start --profile "Media library"
shot 1-empty
stop

fault '{"kind":"slow","bytes_per_sec":600000,"count":5,"path":"/api/media/files"}'
# The last file meets a proxy's size limit, as an HTML page.
fault '{"kind":"status","status":413,"count":1,"path":"/api/media/files","headers":{"Content-Type":"text/html"},"body":"<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>"}'
start --profile "Media library" --add "$HOME/Pictures" --start
sleep 4
shot 2-uploading
for _ in $(seq 60); do  # until the big one is in
    [[ $(curl -fsS "$url/_hoist/requests" | grep -o '"status": *[24][0-9][0-9]' | wc -l) -ge 6 ]] && break
    sleep 1
done
xdotool mousemove 200 140 click 1; sleep 0.2; xdotool key ctrl+End Up Down  # the last file: the server refused it
shot 3-done-with-errors
xdotool key ctrl+Home Down; sleep 0.3; xdotool key ctrl+i
shot 4-inspector
xdotool key ctrl+e
shot 5-profile-editor "Edit Profile"
xdotool key Escape
stop

start --profile "Media library" --add "$HOME/Pictures" -reverse
shot 6-right-to-left
stop

LANGUAGE=de LANG=de_DE.UTF-8 start --profile "Media library" --add "$HOME/Pictures"
shot 7-german
stop
