// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ListExport.h"

class QWidget;

namespace kmuni {

class Session;

/**
 * "Export list …": asks for the file (CSV for German Excel, CSV RFC 4180 or an Excel workbook;
 * the persons also as vCards, the activities also as an iCalendar file; the suffix decides the
 * format), writes the rows of @p selection (what the list's filter shows) on a thread of its own
 * with progress and Cancel, and shows a failure in a message box. A cancel leaves no file.
 * With @p file given no dialog is shown and its suffix (.csv for German Excel, .xlsx, .vcf, .ics)
 * decides.
 */
void exportList(QWidget* parent, Session& session, const exports::Selection& selection, const QString& file = {});

} // namespace kmuni
