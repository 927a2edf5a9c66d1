// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Csv.h"
#include "PrivateFile.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <functional>
#include <memory>

namespace kmuni::io {

/** What a column holds: how CSV spells it and what an XLSX cell stores. */
enum class CellKind
{
    Text, ///< a string; formula-like text is neutralised (csv::neutralise) or stored as a string
    Integer, ///< a whole number (an XLSX number, "0")
    Decimal, ///< a number with up to two decimals (decimal comma in German Excel CSV)
    Date, ///< TT.MM.JJJJ / ISO in CSV; an XLSX date
    DateTime, ///< TT.MM.JJJJ hh:mm / ISO in CSV; an XLSX date and time
};

struct TableColumn
{
    QString title;
    CellKind kind = CellKind::Text;
    double width = 16; ///< in characters, for XLSX
};

enum class TableFormat
{
    Csv,
    Xlsx
};

/**
 * A table written row by row, so that a list of half a million rows is never held twice: CSV
 * (German Excel or RFC 4180) or one XLSX sheet (libxlsxwriter in its constant-memory mode). Call
 * the cell functions in column order, then endRow(). Text cells are neutralised against formula
 * injection in CSV and are always strings (never formulas) in XLSX.
 */
class TableWriter
{
public:
    virtual ~TableWriter();
    virtual void text(const QString& value) = 0;
    virtual void integer(qint64 value) = 0;
    virtual void decimal(double value) = 0;
    virtual void date(const QDate& value) = 0;
    virtual void dateTime(const QDate& day, const QTime& time) = 0;
    /** An empty cell of any kind. */
    virtual void empty() = 0;
    /** Ends the row; false when writing failed (the file will be refused anyway). */
    virtual bool endRow() = 0;
    /** The rows the format can hold, the header included. */
    virtual qint64 maxRows() const = 0;
};

/**
 * Fills a table through @p fill and writes it to @p path as io::PrivateFile does (temporary file,
 * 0600, every write checked, renamed): the file appears complete or not at all. @p fill returns
 * false to stop (cancel or a failure it describes in its error and failure). XLSX is built in a
 * private temporary folder first and then copied through the private file. @p sheet names the
 * XLSX sheet (at most 31 characters are kept).
 */
bool writeTable(const QString& path, TableFormat format, csv::Dialect dialect, const QString& sheet,
    const QList<TableColumn>& columns, const std::function<bool(TableWriter&, QString*, Failure*)>& fill,
    QString* error, Failure* failure = nullptr);

} // namespace kmuni::io
