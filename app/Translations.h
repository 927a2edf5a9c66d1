// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace kmuni {

/**
 * Chooses the language: KMUNI_LANG ("de", "en") if set, else the system locale. For German, loads
 * the program's translation and Qt's own (qtbase_de) and makes German the default locale, so that
 * dates and numbers are written the German way.
 */
void installTranslations(QCoreApplication& app);

} // namespace kmuni
