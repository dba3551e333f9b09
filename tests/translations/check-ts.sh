#!/usr/bin/env bash
# Fails when a tr() string of the sources is missing from, or unfinished in, the .ts files.
#   check-ts.sh LUPDATE SOURCES_LIST hoist_de.ts hoist_en.ts
# lupdate runs on copies, with the options the update_translations target uses, so the tree is not
# touched; any string it has to add comes out as "unfinished".
set -euo pipefail
lupdate=$1 list=$2 de=$3 en=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources < "$list"
status=0
check() { # ts-file, extra lupdate options…
    local ts=$1; shift
    cp "$ts" "$work/"
    local copy="$work/$(basename "$ts")"
    # Without the include paths lupdate warns about every qualified name; the contexts still come out right.
    "$lupdate" -silent -locations none -no-obsolete "$@" "${sources[@]}" -ts "$copy" 2>"$work/lupdate.log"
    local unfinished
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [[ $unfinished != 0 ]]; then
        echo "FAIL: $(basename "$ts"): $unfinished string(s) missing or unfinished; run" \
             "'cmake --build build --target update_translations' and translate them:"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>$//'
        status=1
    elif ! cmp -s "$ts" "$copy"; then
        echo "FAIL: $(basename "$ts") is not what lupdate makes of the sources (a string was removed?):"
        diff "$ts" "$copy" | head -20
        status=1
    else
        echo "ok: $(basename "$ts") covers every string ($(grep -c '<message' "$ts") messages)"
    fi
}
check "$de"
check "$en" -pluralonly
exit $status
