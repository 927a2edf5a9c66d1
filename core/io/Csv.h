// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

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
    Windows1252,
    MacRoman ///< Excel for Mac's "CSV (Macintosh)"
};

/** One record with the line its first field starts on (1-based), for error reports. */
struct Record
{
    int line = 0;
    QStringList fields;
};

/**
 * The longest record the reader takes, in characters: a line, or the lines of one record when a
 * quoted field holds line breaks. A longer one is an error (a CSV file of contacts has no such lines;
 * a damaged or hostile one would take the memory).
 */
inline constexpr qsizetype maxRecordLength = 1024 * 1024;
/** The most fields one record may have; more are an error, found before they are all read. */
inline constexpr qsizetype maxFields = 500;

/** The result of reading: the records, what was detected, and the first structural problem if any. */
struct Table
{
    QList<Record> records; ///< the header (if any) is records[0]
    QChar separator = u',';
    Encoding encoding = Encoding::Utf8;
    QString error; ///< e.g. an unterminated quote, a line too long; empty when the file was read to its end
    int errorLine = 0; ///< the line the error is on (where its record starts), 1-based
};

/**
 * Reads the records of a CSV file from a device a chunk at a time, exactly as parse() reads them
 * from bytes in memory (parse() is this reader over a buffer): a file of any size takes the memory
 * of a chunk and of the longest record, not of the file.
 *
 * The encoding is a property of the whole file (Encoding::Auto reads it as Windows-1252, or Mac Roman
 * when that reads its letters clearly better, when any byte is not UTF-8; Encoding::Utf8 is an error
 * then), so the device is read through before the first record (twice for a file that is not UTF-8)
 * and then again from where it stood: it must be seekable (a file, a buffer).
 * The separator, when not given, must be ASCII ("," ";" or a tab).
 */
class Reader final
{
public:
    /** The bytes read from the device at a time; a test gives a few to cross chunk boundaries. */
    static constexpr qsizetype defaultChunkSize = 1024 * 1024;

    explicit Reader(QIODevice* device, Encoding encoding = Encoding::Auto, QChar separator = {},
        qsizetype chunkSize = defaultChunkSize);
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    /**
     * The next record. False at the end of the file or at a structural problem (error() then
     * says which): a record too long or with too many fields ends the reading before it; an
     * unterminated quoted field is returned as its record, and the next call returns false.
     */
    bool next(Record* record);
    QChar separator() const;
    Encoding encoding() const;
    /** The first structural problem, as Table::error; empty while there is none. */
    QString error() const;
    int errorLine() const;
    /** Bytes of the device taken so far, and its size: for a progress bar. */
    qint64 position() const;
    qint64 size() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * Decodes @p bytes (UTF-8 with or without BOM, else Windows-1252 or Mac Roman when it is not valid
 * UTF-8, or as @p encoding says) and parses RFC 4180: fields in double quotes may hold separators, line breaks
 * and doubled quotes; CRLF and LF end records; the separator is ',' or ';' (detected from the first
 * line unless given). Blank lines are skipped.
 *
 * Text declared as UTF-8 (a byte order mark, or @p encoding Utf8) that is not valid UTF-8 is an
 * error on the line of the first invalid byte, not replaced by U+FFFD; with Encoding::Auto such text
 * is read as Windows-1252 (or Mac Roman) instead. A record longer than maxRecordLength characters or with more
 * than maxFields fields is an error too: reading stops there, with the records before it.
 */
Table parse(const QByteArray& bytes, Encoding encoding = Encoding::Auto, QChar separator = {});

/**
 * True when a spreadsheet could take @p text for a formula (OWASP "CSV injection"): it begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return. Every text cell the program writes into a CSV
 * or XLSX file is checked with this; numbers written as numbers are not text and are not checked.
 */
bool isFormulaLike(QStringView text);

/**
 * @p text with a single quote in front when isFormulaLike(): spreadsheets show it as text and run
 * nothing. E.164 phone numbers ("+49231…") get the quote too; importers strip a leading `'` before
 * one of those characters again.
 */
QString neutralise(const QString& text);

/** Neutralises (see neutralise()) and quotes @p field when the dialect needs it: for a text cell. */
QString quote(const QString& field, Dialect dialect);

/** The separator of @p dialect: ';' for German Excel, ',' for RFC 4180. */
QChar separator(Dialect dialect);

/**
 * Writes records as the dialect says: excel-de is UTF-8 with BOM, ';' and CRLF; rfc4180 is UTF-8,
 * ',' and CRLF. Every field is text: formula-like ones are neutralised (see quote()).
 */
QByteArray write(const QList<QStringList>& records, Dialect dialect);

} // namespace kmuni::csv
