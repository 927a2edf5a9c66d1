// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"

#include <QList>
#include <QString>

class QWidget;

namespace kmuni {

class Session;

/** Print (Ctrl+P): Qt's print preview of the contact sheets of @p ids, then the printer dialog. */
void printContactSheets(QWidget* parent, Session& session, const QList<Id>& ids);

/** Save as PDF: asks for the file, writes the sheets with progress and Cancel. @p suggestedName without ".pdf". */
void saveContactSheetsAsPdf(QWidget* parent, Session& session, const QList<Id>& ids, const QString& suggestedName);

} // namespace kmuni
