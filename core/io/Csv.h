// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace kmuni::csv {

/** How a file is written: RFC 4180 (comma, UTF-8) or what German Excel writes and reads (semicolon). */
enum class Dialect
{
    Rfc4180,
    ExcelGerman
};
enum class Encoding
{
    Auto,
    Utf8,
    Windows1252
};

/** One record with the line its first field starts on (1-based), for error reports. */
struct Record
{
    int line = 0;
    QStringList fields;
};

/** The result of reading: the records, what was detected, and the first structural problem if any. */
struct Table
{
    QList<Record> records; ///< the header (if any) is records[0]
    QChar separator = u',';
    Encoding encoding = Encoding::Utf8;
    QString error; ///< e.g. an unterminated quote; empty when the file was read to its end
    int errorLine = 0;
};

/**
 * Decodes @p bytes (UTF-8 with or without BOM, else Windows-1252 when it is not valid UTF-8, or as
 * @p encoding says) and parses RFC 4180: fields in double quotes may hold separators, line breaks
 * and doubled quotes; CRLF and LF end records; the separator is ',' or ';' (detected from the first
 * line unless given). Blank lines are skipped.
 */
Table parse(const QByteArray& bytes, Encoding encoding = Encoding::Auto, QChar separator = {});

/** Quotes @p field when the dialect needs it. */
QString quote(const QString& field, Dialect dialect);

/** Writes records as the dialect says: excel-de is UTF-8 with BOM, ';' and CRLF; rfc4180 is UTF-8, ',' and CRLF. */
QByteArray write(const QList<QStringList>& records, Dialect dialect);

} // namespace kmuni::csv
