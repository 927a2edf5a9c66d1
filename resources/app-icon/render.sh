#!/usr/bin/env bash
# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the committed PNGs of the application icon and the Windows .ico from the two SVGs:
# de.kmuni.crm-small.svg for 16 to 24 px (no details to blur), de.kmuni.crm.svg above.
# Run it after changing an SVG (needs librsvg2-bin and icoutils) and commit what it writes.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256; do
    svg=de.kmuni.crm.svg
    ((size > 24)) || svg=de.kmuni.crm-small.svg
    rsvg-convert --width "$size" --height "$size" "$svg" --output "png/de.kmuni.crm-$size.png"
done
icotool --create --output ../../packaging/windows/kmuni.ico \
    png/de.kmuni.crm-16.png png/de.kmuni.crm-24.png png/de.kmuni.crm-32.png png/de.kmuni.crm-48.png \
    --raw=png/de.kmuni.crm-256.png
