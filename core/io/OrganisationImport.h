// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Csv.h"
#include "ImportMapping.h"
#include "ImportReport.h"

#include <optional>

namespace kmuni {

class Database;

/**
 * Imports organisations from CSV (a chamber's company list, our own export), all rows or none, in
 * one transaction through the repository (audit log, search index). Columns are recognised by their
 * headers (import::detectOrganisations) or mapped by the caller; every column with values is taken
 * over or named in the report.
 *
 * An organisation is the stored one with the same name, legal form and umlaut spelling aside (an
 * institute: at the same university). Values in the file change the stored ones; empty cells change
 * nothing; importing the same file twice changes nothing the second time. Kind, sector and outreach
 * stage are read as codes or as their German or English names; an institute's university by name.
 */
class OrganisationImport final
{
public:
    struct Options
    {
        csv::Encoding encoding = csv::Encoding::Auto;
        bool dryRun = false;
        QString source; ///< the file name, for the report
        std::optional<import::Mapping> mapping; ///< the user's choice per column, else detected
    };

    explicit OrganisationImport(Database& db);
    ImportReport run(const QByteArray& bytes, const Options& options);

    /** The header, detected mapping and first @p sampleRows rows of a CSV file. */
    static ImportPreview preview(const QByteArray& bytes, csv::Encoding encoding, int sampleRows = 5);

private:
    Database& m_db;
};

} // namespace kmuni
