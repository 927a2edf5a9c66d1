// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Person.h"
#include "PersonFilter.h"
#include "common/Error.h"
#include "db/ListQuery.h"
#include "db/Sql.h"

#include <QList>

#include <optional>
#include <utility>

namespace kmuni::sql {
template <typename Record> struct RecordWrites;
} // namespace kmuni::sql

namespace kmuni {

class Database;

/** What an erasure (PersonRepository::erase()) changed besides the person's own row. */
struct ErasureSummary
{
    bool alreadyErased = false; ///< nothing was left to erase
    int activities = 0; ///< activities whose text named the person, now masked
    int matches = 0; ///< matches whose text named the person, now masked
    int followUps = 0; ///< follow-ups whose title named the person, now masked
    int organisations = 0; ///< organisations whose notes named the person, now masked
    int otherPersons = 0; ///< other persons whose notes named the person, now masked
    int auditEntries = 0; ///< audit-log entries whose values were blanked or masked
    /**
     * False when the write-ahead journal could not be emptied because another connection was reading: the old
     * pages then leave it at the next checkpoint.
     */
    bool journalCleared = true;
};

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
    bool save(Person& person, QString* error, bool* conflict = nullptr);
    bool setArchived(Id id, bool archived, QString* error);
    /** Deletes a person who took part in nothing; refused with a reason otherwise. */
    bool remove(Id id, QString* error);
    /**
     * Erases (anonymises) person @p id for good (Art. 17 GDPR), in one transaction: name, contact data, notes,
     * title and function go; the person stays, archived and marked erased, so that the activities, matches and
     * counts the funding documentation needs stay. In the text of their activities, follow-ups, matches and
     * their organisation's notes, the full name, e-mail, phone numbers and the last name as a word are masked;
     * in any other activity, follow-up, match, organisation's or person's notes the full name, e-mail and phone
     * numbers. Every
     * audit-log entry of the person loses its values, other entries lose what names the person (by the same
     * rules); the erasure is logged without a name. Then the search indexes are merged and the journal emptied
     * into the file (secure_delete), so that the old values are nowhere in the database files. Erasing an
     * erased person changes nothing; an unknown id fails.
     */
    bool erase(Id id, QString* error, ErasureSummary* summary = nullptr);
    /** What an erased person is called instead ("(erased)"). */
    static QString erasedName();
    /** Number of activities @p id took part in. */
    Result<int> eventCount(Id id) const;

    /** Persons with nearly the same first and last name, or the same e-mail, except @p exceptId. */
    Result<QList<Person>> findSimilar(
        const QString& firstName, const QString& lastName, const QString& email, Id exceptId = 0) const;

    bool reindex(const Person& person, QString* error);
    /** The two texts of a person's search row: the name, and e-mail with function; folded. */
    static std::pair<QString, QString> indexTexts(const Person& person);
    /** A person's row as a save writes it: each column of the persons table with its value. */
    static sql::Columns storedRow(const Person& person);

private:
    /** What saving and deleting a record of this kind adds to saveRecord() and removeRecord(). */
    sql::RecordWrites<Person> writes();
    /** Refuses to delete @p person while it is needed, else deletes its search index entry. */
    bool removeBeside(const Person& person, QString* error);
    Database& m_db;
};

} // namespace kmuni
