// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kmuni::xlsx {

/**
 * The most bytes one part of the workbook (the sheet, the shared strings, the styles, …) may hold
 * unpacked. A larger part is refused before it is unpacked (as its size is declared) or while it is
 * (when the declaration lies): a "zip bomb" would take the memory.
 */
inline constexpr qint64 maxPartSize = 200 * 1024 * 1024;
/** The most cells a sheet may have once every row is as wide as the widest (and shared strings). */
inline constexpr qsizetype maxCells = 5'000'000;

/**
 * The first worksheet of a workbook as text, the way a CSV file saved from it would read.
 *
 * Every row is as wide as the widest one (empty cells are empty strings, also at the row's end);
 * rows without a non-empty cell are left out, as a CSV reader skips blank lines. Cells are text:
 * - strings (shared, inline, a formula's text result) as they are, rich text runs joined;
 * - numbers without exponent and without a trailing ".0", at Excel's 15 significant digits
 *   ("44227", "1.5", "492317551234");
 * - numbers whose cell format is a date: "dd.MM.yyyy", or "dd.MM.yyyy HH:mm" (":ss" when the seconds
 *   are not zero) when the time is not midnight; a format with a time only: "HH:mm" (the 1900 date
 *   system with Excel's 29 February 1900, or the 1904 system when the workbook says so);
 * - booleans "1" and "0"; error values as Excel shows them ("#DIV/0!");
 * - formulas: the value Excel stored with them (nothing is evaluated).
 */
struct Sheet
{
    QString name; ///< as its tab shows it
    QStringList passedOver; ///< the sheets before it, when it is not the first (readSheet)
    QList<QStringList> rows;
    QList<int> lines; ///< for each row its 1-based row number as Excel shows it (rows[i] is row lines[i])
    QString error; ///< empty when the sheet was read; else why not (the rows before the error are kept)
    int errorLine = 0; ///< the row the error is in, 1-based; 0 for a problem of the file as a whole
};

/**
 * Reads the first worksheet in workbook order (hidden or not; chart sheets are passed over) of an
 * Office Open XML workbook (.xlsx, .xlsm, as Excel, LibreOffice, openpyxl or libxlsxwriter write
 * it) from memory. Every problem is a Sheet::error, said in words a user understands: not a
 * workbook, an old .xls or a password-protected one (both OLE2 files), an OpenDocument sheet, a
 * damaged or truncated file, a part larger than maxPartSize, a row with more than csv::maxFields
 * columns, a cell longer than csv::maxRecordLength characters, more than maxCells cells.
 */
Sheet readFirstSheet(const QByteArray& bytes);

/**
 * As readFirstSheet(), but the first worksheet that @p fits, read in workbook order: a list behind a
 * cover sheet of notes. Hidden sheets are not tried; the first one when none fits (or a later one
 * cannot be read).
 */
Sheet readSheet(const QByteArray& bytes, const std::function<bool(const Sheet&)>& fits);

/** True when @p bytes are a ZIP archive (starting with "PK\3\4") that holds xl/workbook.xml. */
bool isXlsx(const QByteArray& bytes);

} // namespace kmuni::xlsx
