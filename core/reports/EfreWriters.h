// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EfreReport.h"

#include "io/PrivateFile.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace kmuni {
class Database;
}

namespace kmuni::reports {

enum class Format
{
    Pdf,
    Xlsx,
    Csv,
};

/** "pdf", "xlsx", "csv" (any case) → the format; false for anything else. */
bool formatFromName(const QString& name, Format* format);

/** Called with (done, total); returns false to cancel. */
using Progress = std::function<bool(int, int)>;

/**
 * Writes @p report to @p path as @p format. The evidence list of activities is read from @p db
 * (their names and participants). The file appears complete or not at all: it is written to a
 * temporary file next to it and renamed. False with @p error set on failure or cancel.
 *
 * - PDF: cover page (project, period, generation time, fingerprint, notes), the indicators, a bar
 *   chart of activities per month, the evidence lists (enterprises, activities, matches).
 * - XLSX: one sheet per part; dates are dates and numbers are numbers, not text.
 * - CSV: the indicators only, `code;label;value;unit;hours`, as German Excel reads it (UTF-8 with
 *   BOM, semicolons, CRLF): value is a count or whole minutes (unit "count" or "min"), hours the
 *   minutes as h:mm.
 *
 * Every file is readable by the user only (0600): the evidence names participants.
 */
bool write(Database& db, const EfreReport& report, const QString& path, Format format, QString* error,
    const Progress& progress = {}, io::Failure* failure = nullptr);

/**
 * The bytes of @p report as @p format, as write() would write them (a filed report keeps them);
 * nothing when cancelled through @p progress.
 */
Result<QByteArray> render(Database& db, const EfreReport& report, Format format, const Progress& progress = {});

/** Paints the PDF version of @p report on @p device (printer or PDF writer); @return pages, -1 if cancelled. */
Result<int> print(Database& db, const EfreReport& report, QPagedPaintDevice* device, const Progress& progress = {});

/** The CSV bytes of the indicators (see write()). */
QByteArray indicatorsCsv(const EfreReport& report);

/** The fingerprint as people read it aloud: groups of four hex digits. */
QString groupedFingerprint(const QString& fingerprint);

} // namespace kmuni::reports
