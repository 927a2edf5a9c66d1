// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace kmuni {
class Database;
}

namespace kmuni::movein {

/** What moving one database into another did, per table. */
struct Counts
{
    qint64 created = 0; ///< new in the target
    qint64 merged = 0; ///< the same organisation, person or staff member was there: linked to it
    qint64 already = 0; ///< moved in before (same uuid): left as it is
    /** Deleted in the target since (its audit log says so), or hanging on what was: not brought back. */
    qint64 deleted = 0;
};

struct Report
{
    QMap<QString, Counts> tables; ///< by table name
    /** "Müller Mikrotechnik GmbH ← Mueller Mikrotechnik (organisation 12 of the file)", one per merge. */
    QStringList merges;
    /** "Activity »Kick-off« (12 in the file) was deleted in the database.", one per record left out. */
    QStringList deletions;
    bool dryRun = false;

    /** The summary for the user, a line per table and the merges (translated). */
    QString text() const;
    qint64 created() const;
};

/**
 * Brings everything of @p from (an office's file) into @p to (the shared server, or another file),
 * in one transaction of @p to: all or nothing. Organisations, persons and staff that both know are
 * one afterwards: the same uuid, else for organisations the same kind and name (folded, legal form
 * and umlaut spelling aside), for persons the same e-mail, else the same folded name in the same
 * organisation, for staff the same login. What @p to has is kept; what is new comes with its
 * links, its history (audit log) and its search index. Activities, follow-ups and matches are
 * recognised by their uuid, so that moving the same file in twice changes nothing the second time.
 * A record that @p to deleted (its audit log says so) stays deleted, and so do the rows that would
 * have gone with it (an activity's follow-ups, a match of a deleted company, a deleted university's
 * institutes); a new contact person of a deleted organisation comes without organisation.
 * With @p dryRun the transaction is rolled back and the report says what would happen.
 */
Result<Report> moveIn(Database& from, Database& to, bool dryRun);

} // namespace kmuni::movein
