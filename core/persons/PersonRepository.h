// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Person.h"
#include "PersonFilter.h"
#include "common/Error.h"
#include "db/ListQuery.h"

#include <QList>

#include <optional>

namespace kmuni {

class Database;

/** All SQL for contact persons. */
class PersonRepository final
{
public:
    /** Columns of listQuery(), in this order. */
    enum ListColumn
    {
        ColId,
        ColLastName,
        ColFirstName,
        ColTitle,
        ColFunction,
        ColOrganisation,
        ColEmail,
        ColPhone,
        ColDoNotContact,
        ColOrganisationId,
        ListColumnCount
    };

    explicit PersonRepository(Database& db);

    Result<Person> find(Id id) const;
    Result<Person> findByUuid(const QString& uuid) const;
    Result<QList<Person>> list(const PersonFilter& filter, int limit = -1) const;
    /** Sorted by last name, first name in German order. */
    ListQuery listQuery(const PersonFilter& filter, bool descending = false) const;

    FieldErrors check(Person& person) const;
    bool save(Person& person, QString* error);
    bool setArchived(Id id, bool archived, QString* error);
    /** Deletes a person who took part in nothing; refused with a reason otherwise. */
    bool remove(Id id, QString* error);
    /** Number of activities @p id took part in. */
    Result<int> eventCount(Id id) const;

    /** Persons with nearly the same first and last name, or the same e-mail, except @p exceptId. */
    Result<QList<Person>> findSimilar(
        const QString& firstName, const QString& lastName, const QString& email, Id exceptId = 0) const;

    bool reindex(const Person& person, QString* error);

private:
    Database& m_db;
};

} // namespace kmuni
