#!/usr/bin/env bash
# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# docs/handbuch/make-screenshots.sh [BUILD_DIR] [OUT_DIR]
#
# Takes the screenshots of the user guide (handbuch.html) anew, in German, from the real window:
# a fresh demo database (kmuni init --demo), the program under Xvfb (a virtual X screen, no window
# manager), keys pressed with xdotool as a user would press them, each picture saved with
# ImageMagick's import and converted to a small PNG. Run it after the window changed, then LOOK at
# every picture in OUT_DIR (default docs/handbuch/bilder) before committing them: a picture that
# shows the wrong thing is worse than none. BUILD_DIR (default build) must hold a built app/kmuni.
#
# Needs: Xvfb, xdotool, ImageMagick (import, convert), DejaVu fonts; installed with apt-get when
# missing (Debian/Ubuntu). Not run by the test suite: it needs a few seconds per picture and looks
# at nothing itself. Nothing outside a temporary folder is touched: the settings, the database
# and its backups live there (XDG_CONFIG_HOME, --db) and go when the script ends.
#
# The keys follow the German window (mnemonics such as Alt+M for "The&ma"); when a translation or
# a tab order changes, fix the step here. Each step waits for the window it needs and stops with a
# message naming it when that does not appear.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=${2:-docs/handbuch/bilder}
kmuni=$build/app/kmuni
[[ -x $kmuni ]] || {
    echo "make-screenshots.sh: $kmuni is missing; build it first (cmake --build $build --target kmuni)" >&2
    exit 1
}
import_file=$PWD/tests/data/import/outlook-de.csv

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if ((${#need[@]})); then
    echo "Installing: ${need[*]}"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kmuni-handbuch.XXXXXX")
xvfb=
app=
cleanup() {
    set +e # everything is cleaned up, whatever fails
    for pid in $app $xvfb; do
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT

# A private environment: German, the demo network's user Jens Große-Wächter (so that "Nur meine"
# and the status bar show a person), settings and runtime folder of our own.
export KMUNI_LANG=de KMUNI_USER=jgrossewaechter
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
unset KMUNI_DB
mkdir -p "$XDG_CONFIG_HOME/KMUni" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf '[window]\npage=0\n' >"$XDG_CONFIG_HOME/KMUni/kmuni.conf" # start on the overview
db=$work/kmuni.sqlite
"$kmuni" init --demo --db "$db" >/dev/null

# The screen is wider than the window: the match board widens the window beyond 1400 pixels.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do
    [[ -s $work/display ]] && break
    sleep 0.1
done
[[ -s $work/display ]] || {
    echo "make-screenshots.sh: Xvfb did not start" >&2
    exit 1
}
display=$(head -1 "$work/display")
export DISPLAY=:$display QT_QPA_PLATFORM=xcb
"$kmuni" --db "$db" -geometry 1400x860+0+0 >"$work/kmuni.log" 2>&1 &
app=$!

fail() {
    echo "make-screenshots.sh: $*" >&2
    echo "--- kmuni's output:" >&2
    cat "$work/kmuni.log" >&2
    exit 1
}
# wait_window REGEX: waits (up to 15 s) for a visible window whose title matches; prints its id.
wait_window() {
    local id
    for _ in $(seq 75); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -1 || true)
        if [[ -n $id ]]; then
            sleep 0.8 # painted
            echo "$id"
            return
        fi
        sleep 0.2
    done
    fail "no window \"$1\" appeared"
}
# gone REGEX: waits until no visible window's title matches.
gone() {
    for _ in $(seq 75); do
        xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || return 0
        sleep 0.2
    done
    fail "the window \"$1\" did not close"
}
main=$(wait_window ' — KMUni CRM$')
sleep 2 # the first lists are loaded in the background
# Without a window manager nobody gives the focus back after a dialog: we do.
focus() { xdotool windowfocus --sync "$main"; }
keys() { xdotool key --delay 60 "$@"; }
typed() { xdotool type --delay 25 "$1"; }
settle() { sleep "${1:-1.2}"; }

mkdir -p "$out"
# save ID NAME [CROP]: the window ID (or root: the screen; with CROP WxH+X+Y a part of it) as
# OUT/NAME.png, with 256 colours (sharp text, a third of the size). The main window is at 0,0.
save() {
    local raw=$work/$2.png
    import -window "$1" "$raw"
    if [[ -n ${3:-} ]]; then
        convert "$raw" -crop "$3" +repage "$raw"
    fi
    convert "$raw" -strip +dither -colors 256 "PNG8:$out/$2.png"
    echo "saved $out/$2.png ($(identify -format '%wx%h' "$out/$2.png"))"
}

# 1. The window: the overview.
focus
save "$main" 01-fenster

# 2. Finding: the search field with results of every kind.
focus
keys ctrl+f
typed "sensorik"
settle 1.5
save root 02-suche 800x330+600+0 # the list of results is a window of its own

# 3. The organisation found (Enter opens the first result), its page.
keys Return
settle
focus
keys ctrl+f ctrl+a BackSpace Escape
keys ctrl+2 # the focus in the list: Ctrl+P and Ctrl+L belong to the page
settle 0.5
save "$main" 03-organisation

# 4. Its contact sheet: Ctrl+P, the print preview.
focus
keys ctrl+p
preview=$(wait_window 'Druckvorschau')
settle 1.5
save "$preview" 04-kontaktblatt
keys Escape
gone 'Druckvorschau'

# 5. Logging a contact: Ctrl+L on the organisation's page, the form filled in and saved.
focus
keys ctrl+l
dialog=$(wait_window '^Aktivität erfassen')
keys alt+b
typed "Bedarf Werkstudierende Sensorik"
keys alt+o
typed "Dortmund, Hochofenstraße 41"
keys alt+b shift+Tab shift+Tab # the time's minutes, then its hours
typed "00"
keys shift+Tab
typed "10"
keys alt+n
typed "Frank Mü"
settle 1
keys Down Return
keys alt+m
typed "Große"
settle 1
keys Down Return
keys alt+g
typed "Herr Müller sucht zum Frühjahr zwei Werkstudierende (Elektrotechnik) für den Sensorprüfstand."
keys shift+Return
typed "Interesse an einer Masterarbeit zur Langzeitstabilität der Gassensoren."
keys alt+e
typed "Stellenprofil folgt per E-Mail"
keys alt+z ctrl+a
typed "1,5"
keys Tab
typed "Stellenprofil an den Career Service weiterleiten"
keys Tab
typed "Jens"
keys alt+h # Hinzufügen: the follow-up
settle 0.5
save "$dialog" 05-aktivitaet
keys ctrl+s
gone '^Aktivität erfassen'

# 6. Follow-ups (Ctrl+6).
focus
keys ctrl+6
settle 1.5
save "$main" 06-wiedervorlagen

# 7. Matches as a board (Ctrl+5, Ctrl+B); then back to the list and the window's size.
focus
keys ctrl+5
settle
keys ctrl+b
settle 1.5
save "$main" 07-vermittlungstafel
keys ctrl+b
xdotool windowsize "$main" 1400 860
settle

# 8. The EFRE report (Ctrl+7), filed as submitted (Alt+F, a name, Enter).
focus
keys ctrl+7
settle 2
keys alt+f
wait_window '^Als eingereicht festhalten' >/dev/null
keys ctrl+a
typed "Zwischenbericht IV/2026"
keys Return
gone '^Als eingereicht festhalten'
settle 2
save "$main" 08-efre-bericht

# 9. Importing contacts from Outlook: Datei › Ansprechpersonen importieren, the column mapping,
# the check before (Probelauf), the import.
focus
xdotool mousemove 24 8 click 1 # "Datei": the reports page has an Alt+D of its own (PDF)
settle 0.7
keys i
wait_window '^Ansprechpersonen importieren' >/dev/null
typed "$import_file"
keys Return
mapping=$(wait_window 'importieren: Spalten')
save "$mapping" 09-import-spalten
keys Return # Zeilen prüfen
gone 'importieren: Spalten'
check=$(wait_window '^Ansprechpersonen importieren')
save "$check" 10-import-probelauf
keys Return # Importieren
settle 2
keys Return # the report's OK
gone '^Ansprechpersonen importieren'

# 10. Backups: the File menu on the overview, then Sicherung erstellen and its message.
focus
keys ctrl+1
settle
xdotool mousemove 24 8 click 1
settle 0.8
save root 11-menue-datei 530x235+0+0
keys s
wait_window '^Sicherung erstellen' >/dev/null
keys Return
gone '^Sicherung erstellen'
settle 1.5
save "$main" 12-sicherung-meldung 900x26+0+834

kill -0 "$app" 2>/dev/null || fail "kmuni ended early"
if grep -q . <(grep -v 'XDG_RUNTIME_DIR' "$work/kmuni.log"); then
    echo "--- kmuni said (look at the pictures again):"
    cat "$work/kmuni.log"
fi
du -ch "$out"/*.png | tail -1
