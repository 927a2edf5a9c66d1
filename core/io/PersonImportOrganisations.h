// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inside the person import (PersonImportPlan.cpp): which organisation a row names, stored or to be
// created (PersonImportOrganisations.cpp).
#include "ImportReport.h"
#include "PersonImportRows.h"
#include "PersonImportWriter.h"

#include <QList>
#include <QString>

namespace kmuni {

class Database;

namespace import::detail {

/**
 * The stored organisations into @p all: the fields a file may complete, by name key (their keys into
 * @p keys, as all.stored), those that share a name, and their aliases (a short name, a name without its
 * "(…)"). False with @p error when they cannot be read.
 */
bool readStoredOrganisations(Database& db, Organisations& all, QList<QString>* keys, QString* error);

/**
 * The name key of the stored organisation @p key names, by its name or by another name it has (a short
 * name, its name without "(…)", when only one organisation has it); else @p key itself.
 */
QString storedKey(const Organisations& all, const QString& key);

/**
 * The organisation @p row names: its id, or -(index + 1) of one to create; 0 for none. Of stored ones of
 * the same name, the one the person is at (@p current), else the one of the row's postal code or city;
 * an institute among its university's. What the row adds to it completes it; what it says differently,
 * and what is created, goes into @p report.
 */
Id organisationOf(const Row& row, Plan& plan, ImportReport& report, Id current = 0);

} // namespace import::detail
} // namespace kmuni
