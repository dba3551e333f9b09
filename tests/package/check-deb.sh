#!/usr/bin/env bash
# Makes the Debian package from a configured and built tree and checks it as a user's system would get
# it: the control fields, the files and their owners and modes, the unpacked hoist running, the desktop
# integration (the validators and the links between the files) and lintian (any E: fails).
# Usage: tests/package/check-deb.sh CPACK BUILD_DIR VERSION
set -euo pipefail

app_id=io.github.hoist.Hoist
# Every file the package holds; directories follow from them.
expected_files=(
    usr/bin/hoist
    "usr/share/applications/$app_id.desktop"
    usr/share/bash-completion/completions/hoist
    usr/share/doc/hoist/README.md
    usr/share/doc/hoist/changelog.gz
    usr/share/doc/hoist/copyright
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/hoist.1.gz
    "usr/share/metainfo/$app_id.metainfo.xml"
)
# Loaded at run time without being linked, so dpkg-shlibdeps cannot find them; then some it computes.
expected_depends=(libqt6sql6-sqlite libqt6svg6 libsecret-1-0 qt6-translations-l10n
                  libqt6widgets6 libqt6keychain1 libc6)

if (($# != 3)); then
    echo "usage: $0 CPACK BUILD_DIR VERSION" >&2
    exit 2
fi
cpack=$1 build_dir=$2 version=$3

for tool in dpkg-deb:dpkg lintian:lintian desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
    if ! command -v "${tool%%:*}" >/dev/null; then
        echo "FAIL: ${tool%%:*} is not installed (Debian package ${tool#*:}; scripts/setup.sh installs it)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

problems=0
fail() {
    echo "FAIL: $*" >&2
    problems=$((problems + 1))
}

if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB did not make a package (is the build up to date?)" >&2
    exit 1
fi
deb=$work/out/hoist_${version}_$(dpkg --print-architecture).deb
if [[ ! -f $deb ]]; then
    ls "$work/out" >&2
    echo "FAIL: cpack made no $(basename "$deb")" >&2
    exit 1
fi
echo "Made $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == hoist ]] || fail "Package is '$(field Package)', not hoist"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ $(field Section) == net ]] || fail "Section is '$(field Section)', not net"
[[ $(field Priority) == optional ]] || fail "Priority is '$(field Priority)', not optional"
name_and_address='^[^<]+ <[^@ ]+@[^> ]+>$'
[[ $(field Maintainer) =~ $name_and_address ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
[[ -n $(dpkg-deb --info "$deb" md5sums) ]] || fail "the package has no md5sums"
field Depends | tr ',' '\n' | awk '{ print $1 }' >"$work/depends"
for package in "${expected_depends[@]}"; do
    grep -qx "$package" "$work/depends" || fail "Depends does not name $package: $(field Depends)"
done
[[ $(field Recommends) == *gnome-keyring* ]] || fail "Recommends does not name a keyring: $(field Recommends)"
[[ $(field Description | wc -l) -gt 3 ]] || fail "Description has no long description"

# The files, owned by root, directories and the binary 0755, the rest 0644.
dpkg-deb --contents "$deb" >"$work/contents"
awk '$2 != "root/root" { print "wrong owner: " $0 }
     /^d/ && $1 != "drwxr-xr-x" { print "wrong mode: " $0 }
     /^-/ && $6 == "./usr/bin/hoist" && $1 != "-rwxr-xr-x" { print "wrong mode: " $0 }
     /^-/ && $6 != "./usr/bin/hoist" && $1 != "-rw-r--r--" { print "wrong mode: " $0 }
     /^[^d-]/ { print "not a plain file or directory: " $0 }' "$work/contents" >"$work/modes"
[[ ! -s $work/modes ]] || fail "$(cat "$work/modes")"
awk '/^-/ { sub(/^\.\//, "", $6); print $6 }' "$work/contents" | sort >"$work/files"
printf '%s\n' "${expected_files[@]}" | sort >"$work/expected"
diff -u "$work/expected" "$work/files" >&2 || fail "the package's files are not the expected ones (- missing, + extra)"

# Unpacked as dpkg would, with a throwaway home: the checksums hold and the binary runs.
root=$work/root
dpkg-deb --extract "$deb" "$root"
(cd "$root" && dpkg-deb --info "$deb" md5sums | md5sum --check --quiet) || fail "md5sums do not match the files"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME"
output=$("$root/usr/bin/hoist" --version 2>&1) || fail "hoist --version failed: $output"
[[ $output == "hoist $version" ]] || fail "hoist --version says '$output', not 'hoist $version'"
output=$("$root/usr/bin/hoist" presets list 2>&1) || fail "hoist presets list failed: $output"
[[ $output == *xibo* && $output == *squidex* ]] || fail "hoist presets list does not list the presets: $output"

# The desktop integration: each file valid alone, and the links between them that a desktop follows.
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
changelog=$root/usr/share/doc/hoist/changelog.gz
if [[ -f $desktop ]]; then
    grep -qx "Icon=$app_id" "$desktop" || fail "$app_id.desktop does not say Icon=$app_id"
    grep -q '^Exec=hoist ' "$desktop" || fail "$app_id.desktop does not start the installed hoist"
    # desktop-file-validate prints only problems, and exits 0 on some of them: any output is a failure.
    if ! output=$(desktop-file-validate "$desktop" 2>&1) || [[ -n $output ]]; then
        fail "desktop-file-validate rejects $app_id.desktop: $output"
    fi
fi
if [[ -f $metainfo ]]; then
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "$app_id.metainfo.xml does not launch $app_id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" || fail "$app_id.metainfo.xml has no release $version"
    # --strict fails on warnings and infos too; --pedantic only shows hints.
    appstreamcli validate --no-net --pedantic --strict "$metainfo" ||
        fail "appstreamcli validate rejects $app_id.metainfo.xml"
fi
if [[ -f $changelog ]]; then
    [[ $(gzip -dc "$changelog" | head -n 1) == "hoist ($version) "* ]] ||
        fail "the changelog's latest entry is not hoist ($version)"
fi
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" || fail "$app_id.svg is not an SVG image"
gzip -dc "$root/usr/share/man/man1/hoist.1.gz" | grep -q '^\.TH HOIST 1 ' || fail "hoist.1.gz is not the hoist(1) page"
bash -c 'source "$1" && complete -p hoist' _ "$root/usr/share/bash-completion/completions/hoist" >/dev/null ||
    fail "the installed bash completion does not complete hoist"

# lintian: errors fail (its exit code 2), warnings and informational tags are shown.
status=0
lintian --display-info "$deb" >"$work/lintian" 2>&1 || status=$?
cat "$work/lintian"
((status != 1)) || fail "lintian did not run"
if ((status == 2)) || grep -q '^E: ' "$work/lintian"; then
    fail "lintian reports errors"
fi

if ((problems > 0)); then
    echo "$problems problem(s) with the Debian package" >&2
    exit 1
fi
echo "OK: $(basename "$deb") holds what it should, runs unpacked, and lintian finds no error"
