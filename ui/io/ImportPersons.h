// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace kmuni {

class Session;

/**
 * File › Import contact persons: choose a CSV or vCard file, see and change what its columns are taken
 * over as, check it first (nothing is written), show what
 * would change or which rows are wrong, ask, then import all rows in one transaction with progress
 * and Cancel. Runs beside the window, which stays responsive.
 */
void importPersons(QWidget* parent, Session& session, const QString& file = {});

/** File › Import organisations: the same for a list of organisations (CSV). */
void importOrganisations(QWidget* parent, Session& session, const QString& file = {});

} // namespace kmuni
