#!/usr/bin/env bash
# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/packaging/install-deb.sh BUILD_DIR
# The Debian package as an IT department meets it: cpack builds it from the finished build; lintian
# (when installed) finds no error or warning; apt could resolve its dependencies here; dpkg installs
# it into a throw-away root (dpkg --root, which uses this system's libraries: its Depends are
# checked by apt above); the installed kmuni answers --version, creates the demo database and
# writes the EFRE report; dpkg removes it again and no file is left. Exit 77 (skipped) without root.
set -euo pipefail
build=$(cd "$1" && pwd)

if [[ $(id -u) -ne 0 ]] || ! command -v dpkg >/dev/null || ! command -v cpack >/dev/null; then
    echo "SKIP: needs root, dpkg and cpack"
    exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/kmuni-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

echo "== cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/pkg") >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    fail "cpack"
}
debs=("$work"/pkg/kmuni-crm_*.deb)
deb=${debs[0]}
[[ -f $deb ]] || fail "no package in $work/pkg"
dpkg-deb --field "$deb"

if command -v lintian >/dev/null; then
    echo "== lintian"
    lintian --fail-on error,warning "$deb" 2>&1 | grep -v "root privileges" || true
    lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || fail "lintian reports errors or warnings"
fi

echo "== apt-get --simulate install (every dependency known and satisfiable here)"
apt-get --simulate --quiet install "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    fail "the package's dependencies cannot be resolved"
}

echo "== dpkg --root install"
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg --root="$root" --force-depends --install "$deb" >"$work/dpkg.log" 2>&1 || {
    cat "$work/dpkg.log"
    fail "dpkg --install"
}
for file in usr/bin/kmuni usr/share/applications/de.kmuni.crm.desktop usr/share/metainfo/de.kmuni.crm.metainfo.xml \
    usr/share/mime/packages/kmuni-crm.xml usr/share/icons/hicolor/16x16/apps/de.kmuni.crm.png \
    usr/share/icons/hicolor/256x256/apps/de.kmuni.crm.png usr/share/icons/hicolor/scalable/apps/de.kmuni.crm.svg \
    usr/share/man/man1/kmuni.1.gz usr/share/doc/kmuni-crm/copyright usr/share/doc/kmuni-crm/changelog.Debian.gz \
    usr/share/doc/kmuni-crm/handbuch/handbuch.html usr/share/doc/kmuni-crm/handbuch/bilder/01-fenster.png; do
    [[ -f $root/$file ]] || fail "/$file is not installed"
done
if readelf --section-headers "$root/usr/bin/kmuni" | grep -q '\.debug_info'; then
    fail "/usr/bin/kmuni still has its debug symbols"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/de.kmuni.crm.metainfo.xml" || fail "appstreamcli validate"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/de.kmuni.crm.desktop" || fail "desktop-file-validate"
fi
zcat "$root/usr/share/man/man1/kmuni.1.gz" | grep -q '^\.SS report$' || fail "the manual page lacks the report command"

echo "== the installed kmuni"
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config KMUNI_LANG=en
unset KMUNI_DB
mkdir -p "$HOME"
kmuni=$root/usr/bin/kmuni
version=$("$kmuni" --version)
echo "$version"
[[ $version == "kmuni "* ]] || fail "kmuni --version printed \"$version\""
"$kmuni" init --demo --db "$work/office.kmuni" || fail "kmuni init --demo"
"$kmuni" report efre --project --db "$work/office.kmuni" -o "$work/efre.csv" || fail "kmuni report efre"
[[ -s $work/efre.csv ]] || fail "the EFRE report is empty"
head -3 "$work/efre.csv"

echo "== dpkg --root purge"
dpkg --root="$root" --purge kmuni-crm >"$work/dpkg.log" 2>&1 || {
    cat "$work/dpkg.log"
    fail "dpkg --purge"
}
left=$(cd "$root" && find . -mindepth 1 -not -path './var' -not -path './var/lib' -not -path './var/lib/dpkg' \
    -not -path './var/lib/dpkg/*')
[[ -z $left ]] || fail "left behind after removal: $left"
echo "PASS: built, installed, ran, removed"
