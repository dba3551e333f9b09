#!/usr/bin/env bash
# Makes the Debian package from a release build of its own, checks it with lintian and prints its path:
# scripts/package.sh [BUILD_DIR] (default build-package). Install it with `sudo apt install ./PATH`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(realpath -m "${1:-$root/build-package}")
"$root/scripts/setup.sh"
cd "$root" # dpkg-buildflags maps the current directory's paths in the debug info to "."

# Debian's hardening flags (fortified functions, stack protector, read-only relocations, immediate
# binding), as Debian's own packages get them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
# Installed under /usr like every package, so the paths compiled in (the README) are where it puts them.
"$root/scripts/build.sh" "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOIST_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$build_dir" | tee "$build_dir/cpack.log"
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' "$build_dir/cpack.log")
if [[ ! -f $deb ]]; then
    echo "cpack made no .deb package" >&2
    exit 1
fi
lintian --display-info "$deb" # exits non-zero on an error
echo "$deb"
