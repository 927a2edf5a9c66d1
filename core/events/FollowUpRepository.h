// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Event.h"
#include "common/Error.h"
#include "db/ListQuery.h"
#include "db/Sql.h"

#include <QDate>
#include <QList>

#include <optional>

namespace kmuni {

class Database;

/** What the follow-up list shows. */
struct FollowUpFilter
{
    bool openOnly = true;
    Id staffId = 0;
    Id organisationId = 0;
    Id eventId = 0;
    QDate dueUntil; ///< include only those due on or before this day

    SqlCondition condition() const;
    bool operator==(const FollowUpFilter&) const = default;
};

/** A follow-up with the names a list shows. */
struct FollowUpItem
{
    FollowUp followUp;
    QString organisationName;
    QString personName;
    QString staffName;
    QString eventSubject;
};

/** All SQL for follow-ups (Wiedervorlagen) on their own; those of an activity are saved with it. */
class FollowUpRepository final
{
public:
    enum ListColumn
    {
        ColId,
        ColDueDate,
        ColTitle,
        ColOrganisation,
        ColPerson,
        ColStaff,
        ColDone,
        ColEventId,
        ColOrganisationId,
        ListColumnCount
    };

    explicit FollowUpRepository(Database& db);

    Result<FollowUp> find(Id id) const;
    /** By due date, oldest first. */
    Result<QList<FollowUpItem>> list(const FollowUpFilter& filter, int limit = -1) const;
    ListQuery listQuery(const FollowUpFilter& filter) const;
    /** Saves a follow-up of its own (not of an activity), e.g. on an organisation. */
    bool save(FollowUp& followUp, QString* error);
    /**
     * A follow-up's row as every save writes it, at @p now; an insert adds its uuid and created_at.
     * The activity's save writes its follow-ups with it too.
     */
    static sql::Columns storedRow(const FollowUp& followUp, const QString& now);
    /** Marks done (or open again), with an audit row. */
    bool setDone(Id id, bool done, QString* error);
    /**
     * Deletes a follow-up, of its own or of an activity, with an audit row that keeps what it said
     * (so that a shared database knows it as deleted at the next move-in).
     */
    bool remove(Id id, QString* error);

private:
    Database& m_db;
};

} // namespace kmuni
