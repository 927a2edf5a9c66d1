#!/usr/bin/env bash
# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One command for developers and new users on Debian 12 / Ubuntu:
#   packaging/dev.sh run     install what is missing, build, open the window on a demo database
#   packaging/dev.sh test    install what is missing, build, run the whole test suite
#   packaging/dev.sh asan    the same tests built with AddressSanitizer and UBSan (build-asan/)
#   packaging/dev.sh bench   the city-scale benchmark (tests/benchmarks, options as kmuni-bench), see README
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev libicu-dev libxlsxwriter-dev libical-dev libphonenumber-dev libzip-dev libpq-dev qtkeychain-qt6-dev
    postgresql gnome-keyring dbus-daemon
    breeze-icon-theme fonts-dejavu-core tzdata
    xvfb xauth poppler-utils python3-openpyxl python3-icalendar
    lintian appstream desktop-file-utils shared-mime-info
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        local sudo=()
        [[ $(id -u) -eq 0 ]] || sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() { # build DIR [cmake options...]
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKMUNI_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}

command=${1:-}
case $command in
run)
    install_missing
    build build
    db=${KMUNI_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/kmuni/demo.sqlite}
    [[ -f $db ]] || build/app/kmuni init --demo --db "$db"
    exec build/app/kmuni --db "$db"
    ;;
test)
    install_missing
    build build
    ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
asan)
    install_missing
    build build-asan -DKMUNI_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    ASAN_OPTIONS=detect_leaks=0 ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" --timeout 1200
    ;;
bench)
    install_missing
    build build
    shift
    cd build
    if (($#)); then
        exec tests/benchmarks/kmuni-bench "$@"
    fi
    exec tests/benchmarks/kmuni-bench --scale city --runs 7 --json bench-city.json
    ;;
*)
    sed -n '5,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 1
    ;;
esac
