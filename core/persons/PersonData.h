// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Ids.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kmuni {

class Database;

/** A person not seen in an activity for a long time, for the storage-limitation review. */
struct StalePerson
{
    Id id = 0;
    QString name; ///< "Dr. Anna Müller"
    QString organisation;
    QDate lastActivity; ///< invalid when the person took part in no activity
    QDate created;
    bool archived = false;
};

/**
 * What is stored about a contact person, for data-protection requests: the access export (Art. 15
 * GDPR) and the review of persons who have not been in touch for long (storage limitation).
 * Erasure is PersonRepository::erase().
 */
class PersonData final
{
public:
    explicit PersonData(Database& db);

    /**
     * Everything stored about person @p id: the person's row (every column), their organisation, the
     * activities they took part in (with their role), the matches they are a contact person of, the
     * follow-ups concerning them and the audit-log entries about them. Nothing when there is no such person.
     */
    Result<QJsonObject> collect(Id id) const;
    /** collect() as indented UTF-8 JSON, to be written with io::writePrivateFile(). */
    Result<QByteArray> exportJson(Id id) const;

    /**
     * Persons (not erased, archived or not) whose last activity, or creation when they took part in none,
     * is more than @p months months before @p today; the longest unseen first.
     */
    Result<QList<StalePerson>> stale(int months = 24, const QDate& today = {}) const;

private:
    Database& m_db;
};

} // namespace kmuni
