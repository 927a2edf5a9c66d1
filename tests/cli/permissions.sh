#!/usr/bin/env bash
# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# File permissions as an ordinary user sees them (root ignores file modes, so under root the
# commands run as "nobody" through setpriv): a database the user may not write or read, a folder
# the user may not write into, and the modes of the files the program creates.
#   tests/cli/permissions.sh KMUNI_BINARY
set -uo pipefail
kmuni=$(readlink -f "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
# A copy the ordinary user can reach (the build folder may lie under /root).
cp "$kmuni" "$work/kmuni" && chmod 755 "$work/kmuni"
kmuni=$work/kmuni
failures=0
as_user=()
if [[ $(id -u) -eq 0 ]]; then
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
    mkdir "$work/home" && chown nobody:nogroup "$work/home"
else
    mkdir "$work/home"
fi
home=$work/home
readonly_folder=$work/readonly # not the user's: 0555 owned by whoever runs the test
mkdir "$readonly_folder" && chmod 555 "$readonly_folder"
export KMUNI_LANG=en HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen

run() { # run EXPECTED_EXIT DESCRIPTION ARGS... : the command as the ordinary user
    local expected=$1 description=$2
    shift 2
    local out
    out=$(cd "$home" && umask 022 && "${as_user[@]}" "$kmuni" "$@" 2>&1)
    local code=$?
    if [[ $code -ne $expected ]]; then
        echo "FAIL: $description: exit $code, expected $expected: $out"
        failures=$((failures + 1))
    else
        echo "ok: $description (exit $code)"
    fi
    last_output=$out
}

mode_of() { stat -c %a "$1"; }
expect_mode() { # expect_mode FILE MODE DESCRIPTION
    local mode
    mode=$(mode_of "$1" 2>/dev/null || echo missing)
    if [[ $mode != "$2" ]]; then
        echo "FAIL: $3: mode $mode, expected $2"
        failures=$((failures + 1))
    else
        echo "ok: $3 ($mode)"
    fi
}

db=$home/data/kmuni.sqlite
run 0 "init --demo as the user" init --demo --db "$db"
expect_mode "$db" 600 "the new database is private"
expect_mode "$home/data" 700 "its new folder is private"

# Files the program writes hold personal data: 0600 under the usual umask 022.
run 0 "export persons" export persons -o "$home/persons.csv" --db "$db"
expect_mode "$home/persons.csv" 600 "the export is private"
run 0 "EFRE report" report efre --project -o "$home/efre.xlsx" --db "$db"
expect_mode "$home/efre.xlsx" 600 "the XLSX report is private"
run 0 "backup" backup -o "$home/backup.sqlite" --db "$db"
expect_mode "$home/backup.sqlite" 600 "the backup is private"

# A folder the user may not write into: a path problem (2), nothing written, no temporary file.
run 2 "export into a folder without write permission" export persons -o "$readonly_folder/persons.csv" --db "$db"
run 2 "report into a folder without write permission" report efre --project -o "$readonly_folder/r.pdf" --db "$db"
if [[ -n $(ls -A "$readonly_folder") ]]; then
    echo "FAIL: files left in the read-only folder: $(ls -A "$readonly_folder")"
    failures=$((failures + 1))
fi

# A database file the user may not write: refused with exit 3 and left byte for byte.
cp "$db" "$home/readonly.sqlite" && chmod 444 "$home/readonly.sqlite"
[[ $(id -u) -eq 0 ]] && chown nobody:nogroup "$home/readonly.sqlite"
before=$(sha256sum <"$home/readonly.sqlite")
printf 'Nachname;Vorname\nSchreibschutz;Rita\n' >"$home/p.csv"
run 3 "import into a read-only database" import persons "$home/p.csv" --db "$home/readonly.sqlite"
[[ $last_output == *"read-only"* ]] || { echo "FAIL: the message does not say read-only: $last_output"; failures=$((failures + 1)); }
if [[ $(sha256sum <"$home/readonly.sqlite") != "$before" ]]; then
    echo "FAIL: the read-only database was changed"
    failures=$((failures + 1))
fi

# A database the user may not read at all: exit 3 and a message that says so.
if [[ $(id -u) -eq 0 ]]; then
    cp "$db" "$work/others.sqlite" && chmod 600 "$work/others.sqlite"
    run 3 "a database of another user" report efre --project -o "$home/x.csv" --db "$work/others.sqlite"
    [[ $last_output == *"permission"* ]] || { echo "FAIL: the message does not name the permission: $last_output"; failures=$((failures + 1)); }
fi

# A database in a folder the user may not write: the program cannot keep its journal there.
if [[ $(id -u) -eq 0 ]]; then
    cp "$db" "$readonly_folder/../shared.sqlite" 2>/dev/null
    chmod 555 "$work" && chmod 644 "$work/shared.sqlite"
    run 3 "a database in a folder without write permission" import persons "$home/p.csv" --db "$work/shared.sqlite"
    chmod 755 "$work"
fi

if ((failures)); then
    echo "$failures permission check(s) failed"
    exit 1
fi
echo "all permission checks passed"
