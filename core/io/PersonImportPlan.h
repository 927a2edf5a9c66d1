// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inside the person import (PersonImport.cpp): what is stored already, and the rows of a file set
// against it a batch at a time (PersonImportPlan.cpp).
#include "ImportReport.h"
#include "PersonImportRows.h"
#include "PersonImportWriter.h"

#include <QList>
#include <QString>

namespace kmuni {

class Database;

namespace import::detail {

/**
 * The stored organisations and, of the persons, as few columns as tell them apart (id, e-mail, name
 * key) into @p plan; false with @p error when they cannot be read.
 */
bool readStored(Database& db, Plan& plan, QString* error);

/**
 * Decides for every row of a batch: a new person, a change to a stored one (or one further up), or
 * nothing, the report told. What a later batch needs of this one is in @p plan. False with @p error
 * when a stored person cannot be read.
 */
bool plan(Database& db, const QList<Row>& rows, Plan& plan, ImportReport& report, QString* error);

} // namespace import::detail
} // namespace kmuni
