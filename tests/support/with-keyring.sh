#!/bin/sh
# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs COMMAND [ARGS...] with a system keyring of its own: a private D-Bus session bus and an
# unlocked GNOME Keyring (the Secret Service, as a GNOME or KDE desktop offers it) in a throw-away
# home folder, so that the keyring tests never see or touch the user's own passwords. Needs
# Debian's gnome-keyring and dbus-daemon (packaging/dev.sh installs them).
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/kmuni-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/run"
status=0
HOME=$home XDG_DATA_HOME=$home/share XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run \
    dbus-run-session -- sh -c '
        # The "login" keyring is made on first use with this password and stays unlocked.
        printf kmuni-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        exec "$@"' sh "$@" || status=$?
exit $status
