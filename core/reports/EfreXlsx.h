// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the EFRE report's writers (EfreWriters.cpp): the XLSX workbook, and the texts the PDF and
// the workbook share.

#include "EfreReport.h"
#include "EfreWriters.h"

#include "io/PrivateFile.h"

#include <QString>

namespace kmuni {
class Database;
}

namespace kmuni::reports::detail {

/** The unit of an indicator's value as the CSV and XLSX name it: "count" or "min". */
QString unitCode(const Indicator& i);
/** "01.01.2026 – 31.03.2026", or "(none)" for an invalid period. */
QString periodText(const Period& p);
/** The partner organisations that were in touch with @p c, comma-separated. */
QString partnersOf(const SupportedCompany& c);
QString yesNo(bool value);

/**
 * Writes the workbook of @p r (one sheet per part, real dates and numbers) to @p target;
 * messages name @p shown, the user's file. libxlsxwriter's own error lines are kept off stderr.
 */
bool writeXlsx(Database& db, const EfreReport& r, const QString& target, const QString& shown, QString* error,
    const Progress& progress, io::Failure* failure);

} // namespace kmuni::reports::detail
