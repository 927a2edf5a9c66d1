// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportMapping.h"
#include "PrivateFile.h"
#include "VCard.h"

#include <QString>

namespace kmuni {

class Database;
struct Organisation;
struct Person;
struct PersonFilter;

namespace exports {

/**
 * A contact person as a vCard: name and title, function (TITLE), the organisation with its
 * address and website as the work ones, e-mail, phone and mobile, notes, and the person's uuid
 * as UID (so that a program reading it again knows the card). An institute goes with its university
 * @p parent: "ORG:TU Dortmund;Lehrstuhl …".
 */
vcard::Contact toContact(const Person& person, const Organisation* organisation, const Organisation* parent = nullptr);

/**
 * Writes the persons @p filter selects (as the persons list shows them) into @p path as vCards,
 * through io::PrivateFile. False with @p error; @p count (when given) is the number of cards.
 */
bool writeVCards(Database& db, const PersonFilter& filter, const QString& path, vcard::Version version, QString* error,
    io::Failure* failure = nullptr, int* count = nullptr);

/**
 * vCards as rows for the person import: the fields a person has in columns of their own, every
 * other property in a column named after it ("TEL (home)", "BDAY", "N (suffix)") that is not taken
 * over, so that the import's report names it. Of several e-mail addresses, phones (a cell phone is
 * the mobile), URLs and addresses (never a home address) the work one is taken, else one without a
 * kind, else a home or other one (never a home phone), a preferred one first among equals. The
 * address's street holds its extended part too; its country has a column (Field::OrgCountry). An
 * organisation's card (Apple's X-ABShowAs:COMPANY, KIND:org, or no N and the organisation as FN)
 * leaves the name's columns empty. The error says what cannot be read, with the line.
 */
kmuni::import::Source vcardSource(const QByteArray& bytes);

} // namespace exports
} // namespace kmuni
