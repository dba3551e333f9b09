#!/bin/sh
# Runs a command (a test) next to a Secret Service whose login collection is locked, as after a screen
# lock or on a desktop that did not unlock the keyring at login. It needs a bus of its own:
#
#   dbus-run-session -- tests/support/with-locked-keyring.sh COMMAND [ARGS...]
#
# Before locking, one item is stored the way Hoist stores it (server=Hoist, user=before-lock, secret
# "before-lock-secret"), so the command can see what reading an existing entry does when locked.
# gnome-keyring runs in a throwaway HOME: the user's keyrings are never touched.
set -eu

if [ $# -eq 0 ] || [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "usage: dbus-run-session -- $0 COMMAND [ARGS...]" >&2
    exit 2
fi

scratch=$(mktemp -d)
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/.config" XDG_DATA_HOME="$scratch/.local/share"
export XDG_CACHE_HOME="$scratch/.cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# With a display, the locked collection would bring up gcr-prompter and wait for a person.
unset DISPLAY WAYLAND_DISPLAY
log="$scratch/keyring.log"

fail() {
    echo "with-locked-keyring: $1" >&2
    cat "$log" >&2 2>/dev/null || true
    rm -rf "$scratch"
    exit 1
}

# The daemon outlives this script until the bus goes away: it must not hold the caller's pipes open.
printf %s with-locked-keyring | gnome-keyring-daemon --unlock --components=secrets >"$log" 2>&1 ||
    fail "gnome-keyring-daemon did not start"
printf '%s' before-lock-secret |
    secret-tool store --label="Hoist (before lock)" server Hoist user before-lock type plaintext 2>>"$log" ||
    fail "could not store the item to read back later"

collection=/org/freedesktop/secrets/collection/login
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.Lock "array:objpath:$collection" >>"$log" 2>&1 ||
    fail "could not lock $collection"
dbus-send --session --print-reply --dest=org.freedesktop.secrets "$collection" \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked 2>>"$log" |
    grep -q "boolean true" || fail "$collection is not locked after Lock"

status=0
"$@" || status=$?
rm -rf "$scratch"
exit "$status"
