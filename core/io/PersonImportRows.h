// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the person import (PersonImport.cpp): the rows of a file read and checked, each on its own,
// before the plan decides what they mean for the stored persons (PersonImportRows.cpp).

#include "Csv.h"
#include "ImportMapping.h"
#include "PersonImportWriter.h"
#include "common/Validation.h"
#include "persons/Person.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kmuni::import::detail {

// One row of the file, read and checked; the fold keys are computed here too, off the planning.
struct Row
{
    int line = 0;
    Person person;
    std::optional<bool> doNotContact;
    OrganisationCells organisation; ///< name, legal form, address, phone, website as the row gives them
    QString organisationKey;
    QString sortKey;
    QStringList problems;
    QList<int> notTaken;
    QStringList notes; ///< values not taken over, with why
    QStringList toCheck; ///< values taken over as read, to be checked (a 0 a spreadsheet dropped, put back)
    bool functionIsDepartment = false; ///< the function is a department only: it does not replace a stored one
    bool organisationOnly = false; ///< a row of a company and no person (Apple's company card)
    QString skipped; ///< why the row is left out (no name and no organisation)
    QStringList guessedPhones; ///< phone and mobile as written, where their E.164 form is a guess (PhoneGuess.h)
};

// An organisation as a row gives it, read and checked once per thread: a file of 100,000 persons
// names a few hundred organisations.
struct OrganisationRead
{
    OrganisationCells cells;
    QString key;
    FieldErrors errors;
    QString abroad; ///< what of an address abroad was not taken over, and why; empty in Germany
    QString phoneNote; ///< why its phone number was left out (not a complete number)
    QString phoneCheck; ///< its phone number taken with a 0 put back
};
using OrganisationCache = QHash<QString, OrganisationRead>;

// Reads and checks a batch of rows. Every row is read on its own, so the rows are shared out among
// the cores (checking phone numbers with libphonenumber is the slow part); each core keeps its
// organisations from batch to batch in caches[worker]. With @p guessPhones, German numbers of the
// common shapes are guessed (guessPhone()), for the caller to confirm.
QList<Row> readRows(const QList<csv::Record>& records, const Mapping& mapping, std::vector<OrganisationCache>& caches,
    bool guessPhones = false);

} // namespace kmuni::import::detail
