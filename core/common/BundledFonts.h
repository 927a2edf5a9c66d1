// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kmuni {

/**
 * Registers the fonts in "<applicationDir>/fonts" (*.ttf, *.otf) with Qt, for the documents: the
 * PDFs are set in DejaVu Sans, which Debian installs (fonts-dejavu-core) and the Windows installer
 * puts beside the program. Needs a QGuiApplication. @return how many font files were registered.
 */
int registerBundledFonts(const QString& applicationDir);

} // namespace kmuni
