#!/usr/bin/env bash
# Installs a configured and built tree into a scratch prefix and checks that the desktop integration
# lands where desktops look for it, and that the validators accept it when they are installed
# (Debian: desktop-file-utils, appstream).
# Usage: tests/desktop/check-install.sh BUILD_DIR
set -euo pipefail

app_id=io.github.hoist.Hoist

if (($# != 1)); then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build_dir=$1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

if ! cmake --install "$build_dir" --prefix "$prefix" >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    echo "FAIL: cmake --install $build_dir did not succeed (is the hoist target built?)" >&2
    exit 1
fi

problems=0
fail() {
    echo "FAIL: $*" >&2
    problems=$((problems + 1))
}

binary=$prefix/bin/hoist
desktop=$prefix/share/applications/$app_id.desktop
metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
icon=$prefix/share/icons/hicolor/scalable/apps/$app_id.svg
manpage=$prefix/share/man/man1/hoist.1.gz
completion=$prefix/share/bash-completion/completions/hoist

[[ -x $binary ]] || fail "no executable bin/hoist in the install"
[[ -f $desktop ]] || fail "no share/applications/$app_id.desktop in the install"
[[ -f $metainfo ]] || fail "no share/metainfo/$app_id.metainfo.xml in the install"
[[ -f $icon ]] || fail "no share/icons/hicolor/scalable/apps/$app_id.svg in the install"
[[ -f $manpage ]] || fail "no share/man/man1/hoist.1.gz in the install"
[[ -f $completion ]] || fail "no share/bash-completion/completions/hoist in the install"
if [[ -f $manpage ]]; then
    gzip -dc "$manpage" | grep -q '^\.TH HOIST 1 ' || fail "hoist.1.gz is not the hoist(1) manual page"
fi
if [[ -f $completion ]]; then
    bash -c 'source "$1" && complete -p hoist' _ "$completion" >/dev/null ||
        fail "the installed completion does not complete hoist"
fi

# The validators check each file alone; these are the links between them that a desktop follows.
if [[ -f $desktop ]]; then
    grep -qx "Icon=$app_id" "$desktop" || fail "$app_id.desktop does not say Icon=$app_id"
    grep -q '^Exec=hoist ' "$desktop" || fail "$app_id.desktop does not start the installed hoist"
fi
if [[ -f $metainfo ]]; then
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "$app_id.metainfo.xml does not launch $app_id.desktop"
fi
if [[ -f $icon ]]; then
    grep -q '<svg' "$icon" || fail "$app_id.svg is not an SVG image"
fi

# desktop-file-validate prints only problems, and exits 0 on some of them: any output is a failure.
if command -v desktop-file-validate >/dev/null; then
    if [[ -f $desktop ]]; then
        if ! output=$(desktop-file-validate "$desktop" 2>&1) || [[ -n $output ]]; then
            echo "$output" >&2
            fail "desktop-file-validate rejects $app_id.desktop"
        fi
    fi
else
    echo "SKIP: desktop-file-validate is not installed (Debian package desktop-file-utils)"
fi

# --strict fails on warnings and infos too; --pedantic only shows hints.
if command -v appstreamcli >/dev/null; then
    if [[ -f $metainfo ]]; then
        appstreamcli validate --no-net --pedantic --strict "$metainfo" ||
            fail "appstreamcli validate rejects $app_id.metainfo.xml"
    fi
else
    echo "SKIP: appstreamcli is not installed (Debian package appstream)"
fi

if ((problems > 0)); then
    echo "$problems problem(s) with the installed desktop integration" >&2
    exit 1
fi
echo "OK: hoist, $app_id.desktop, $app_id.metainfo.xml, $app_id.svg, hoist.1.gz and the bash completion are" \
    "installed where they belong"
