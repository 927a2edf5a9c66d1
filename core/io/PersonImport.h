// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Csv.h"

#include <QList>
#include <QString>

#include <functional>

namespace kmuni {

class Database;

/** What an import did or would do, and every row it refused with its line number. */
struct ImportReport
{
    struct Issue
    {
        int line = 0;
        QString message;
    };

    int rows = 0; ///< data rows in the file
    int created = 0; ///< persons created (or that would be)
    int organisationsCreated = 0; ///< organisations created for unknown names (or that would be)
    QList<Issue> rejected;
    bool written = false;
    bool cancelled = false;
    QString error; ///< a problem with the whole file (no last-name column, broken quoting, …)
    bool databaseFailed = false; ///< error is the database's (locked, damaged, full), not the file's

    bool ok() const { return error.isEmpty() && rejected.isEmpty() && !cancelled; }
    /** A few lines for the user: counts, then the rejected rows. */
    QString describe(int maxIssues = 50) const;
};

/**
 * Imports contact persons from CSV (German Excel or RFC 4180, UTF-8 or Windows-1252), all rows or
 * none: one transaction, prepared statements, organisations looked up by name (created as companies
 * when unknown), every row checked as the form checks it (with the same text rules: no control
 * characters, line breaks only where the form allows them, the lengths of TextKind), each refused
 * row with its line. A file with a record longer than csv::maxRecordLength characters or with more
 * than csv::maxFields fields is refused as a whole. Header names may be German or English
 * ("Nachname"/"last name", "Vorname", "E-Mail", "Telefon", "Mobil", "Organisation"/"Firma",
 * "Funktion", "Anrede", "Titel", "Notizen", "Einwilligung am", "Kontaktsperre").
 */
class PersonImport final
{
public:
    struct Options
    {
        csv::Encoding encoding = csv::Encoding::Auto;
        bool dryRun = false;
        QString source; ///< the file name, for the audit log
    };
    /** Called now and then with rows done and total; return false to cancel (nothing is written). */
    using Progress = std::function<bool(int done, int total)>;

    explicit PersonImport(Database& db);
    ImportReport run(const QByteArray& bytes, const Options& options, const Progress& progress = {});

private:
    Database& m_db;
};

} // namespace kmuni
