// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kmuni {

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
        int sameAsLine = 0; ///< a row further up names the same person (or organisation)
    };
    /** One column of the file, what it was read as, and how many of its values were taken over. */
    struct ColumnUse
    {
        QString header;
        import::Field field = import::Field::Ignore;
        int values = 0; ///< cells that hold something
        int notTaken = 0; ///< of them, not taken over (a private address, a second e-mail, an ignored column)
    };

    import::Target subject = import::Target::Persons; ///< what the rows are
    int rows = 0; ///< data rows in the file
    int created = 0; ///< persons (organisations) created, or that would be
    int updated = 0; ///< persons (organisations) changed, or that would be
    int unchanged = 0; ///< rows whose person (organisation) is stored as the file has them
    int organisationsCreated = 0; ///< persons: organisations created for unknown names (or that would be)
    int organisationsUpdated = 0; ///< persons: organisations whose empty fields the file fills (or would)
    int organisationRows = 0; ///< persons: rows of an organisation and no person (a company's own card)
    QList<ColumnUse> columns;
    QList<Change> changes;
    QStringList organisationNotes; ///< what the file says differently about a stored organisation (left as stored)
    QList<Issue> rejected;
    QList<Issue> skipped; ///< rows left out, and why (no name and no organisation): said, not refused
    QList<Issue> notes; ///< values of a row not taken over, and why (a postal code abroad)
    QList<Issue> toCheck; ///< values taken over as the program read them, to be checked (a 0 put back)
    bool written = false;
    bool cancelled = false;
    QString error; ///< a problem with the whole file (no name column, broken quoting, …)
    bool databaseFailed = false; ///< error is the database's (locked, damaged, full), not the file's

    bool ok() const { return error.isEmpty() && rejected.isEmpty() && !cancelled; }
    /** Fills columns from @p source: header, field and how many cells hold something. */
    void countColumns(const import::Source& source);
    /** The same a row at a time: the columns, without values yet; then countValues() for every row. */
    void countColumns(const QStringList& header, const import::Mapping& mapping);
    void countValues(const QStringList& fields);
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
    import::Target subject = import::Target::Persons; ///< what the rows are
    int rows = 0; ///< data rows in the file
    QList<int> values; ///< per column: the cells that hold something, in the whole file
    QString error; ///< the file cannot be read

    static ImportPreview of(const import::Source& source, int sampleRows);
    /** The same from rows read one by one: the file is not held. */
    static ImportPreview of(import::RowReader& rows, int sampleRows);
};

} // namespace kmuni

// A report holds a Change per row of the file (500,000 for a city): its list grows in place.
Q_DECLARE_TYPEINFO(kmuni::ImportReport::Change, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(kmuni::ImportReport::Issue, Q_RELOCATABLE_TYPE);
