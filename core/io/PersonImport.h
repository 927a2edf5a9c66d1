// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Csv.h"
#include "ImportMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kmuni {

class Database;

/**
 * What an import did or would do: per column, what it was read as; per row, whether the person was
 * created, updated (which fields) or left unchanged; every row refused, with its line number.
 */
struct ImportReport
{
    struct Issue
    {
        int line = 0;
        QString message;
    };
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged
    };
    /** One row of the file that can be imported, and what it does. */
    struct Change
    {
        int line = 0;
        Outcome outcome = Outcome::Created;
        QString name; ///< the person as the row names them
        QStringList fields; ///< updated fields, as the user calls them
        int sameAsLine = 0; ///< a row further up names the same person
    };
    /** One column of the file, what it was read as, and how many of its values were taken over. */
    struct ColumnUse
    {
        QString header;
        import::Field field = import::Field::Ignore;
        int values = 0; ///< cells that hold something
        int notTaken = 0; ///< of them, not taken over (a private address, a second e-mail, an ignored column)
    };

    int rows = 0; ///< data rows in the file
    int created = 0; ///< persons created (or that would be)
    int updated = 0; ///< persons changed (or that would be)
    int unchanged = 0; ///< rows whose person is stored as the file has them
    int organisationsCreated = 0; ///< organisations created for unknown names (or that would be)
    int organisationsUpdated = 0; ///< organisations whose empty fields the file fills (or would)
    QList<ColumnUse> columns;
    QList<Change> changes;
    QStringList organisationNotes; ///< what the file says differently about a stored organisation (left as stored)
    QList<Issue> rejected;
    bool written = false;
    bool cancelled = false;
    QString error; ///< a problem with the whole file (no name column, broken quoting, …)
    bool databaseFailed = false; ///< error is the database's (locked, damaged, full), not the file's

    bool ok() const { return error.isEmpty() && rejected.isEmpty() && !cancelled; }
    /** Columns with values that were not taken over, with their counts: "»Telefon privat« (3)". */
    QStringList notTakenOver() const;
    /** The mapping, one line per column with values: "»Vorname« → First name"; then how many are empty. */
    QStringList describeColumns() const;
    /** The whole report for the user: counts, columns not taken over, updated rows, rejected rows. */
    QString describe(int maxIssues = 50) const;
};

/** The start of a file, as the import would read it, for a preview with its mapping. */
struct ImportPreview
{
    QStringList header;
    import::Mapping mapping; ///< as detected (or as given)
    QList<QStringList> sample; ///< the first data rows
    int rows = 0; ///< data rows in the file
    QList<int> values; ///< per column: the cells that hold something, in the whole file
    QString error; ///< the file cannot be read
};

/**
 * Imports contact persons from CSV (German Excel or RFC 4180, UTF-8 or Windows-1252) or vCard, all
 * rows or none: one transaction, prepared statements, every row checked as the form checks it.
 *
 * Columns are recognised by their headers (import::detect: Outlook, Google, Thunderbird, LinkedIn,
 * German Excel lists, our own export) or mapped by the caller; every column with values is either
 * taken over or named in the report.
 *
 * A re-import updates, it does not duplicate: a row is the stored person with the same e-mail, else
 * with the same first and last name at the same organisation (folded: case, accents and umlaut
 * spelling aside). Values in the file change the stored ones; empty cells change nothing.
 * Organisations are found by name, legal form and umlaut spelling aside, and created as companies
 * when unknown, with the address, phone and website the file gives; a stored organisation gets them
 * where it has none, and a different stored value is reported, not changed.
 */
class PersonImport final
{
public:
    enum class Format
    {
        Auto, ///< vCard when the file starts with BEGIN:VCARD, else CSV
        Csv,
        VCard
    };
    struct Options
    {
        csv::Encoding encoding = csv::Encoding::Auto;
        bool dryRun = false;
        QString source; ///< the file name, for the audit log
        Format format = Format::Auto;
        std::optional<import::Mapping> mapping; ///< CSV: the user's choice per column, else detected
    };
    /** Called now and then with rows done and total; return false to cancel (nothing is written). */
    using Progress = std::function<bool(int done, int total)>;

    explicit PersonImport(Database& db);
    ImportReport run(const QByteArray& bytes, const Options& options, const Progress& progress = {});

    /** The header, detected mapping and first @p sampleRows rows of a CSV file. */
    static ImportPreview preview(const QByteArray& bytes, csv::Encoding encoding, int sampleRows = 5);
    /** True when @p bytes look like vCards (BEGIN:VCARD first). */
    static bool isVCard(const QByteArray& bytes);

private:
    Database& m_db;
};

} // namespace kmuni
