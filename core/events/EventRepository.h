// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Event.h"
#include "EventFilter.h"
#include "common/Error.h"
#include "db/ListQuery.h"

#include <QList>

#include <optional>

namespace kmuni::sql {
template <typename Record> struct RecordWrites;
} // namespace kmuni::sql

namespace kmuni {

class Database;

/** One line of a timeline (Kontakthistorie): an activity with its participants' names. */
struct EventSummary
{
    Id id = 0;
    QDateTime start; ///< in Europe/Berlin
    QString type;
    QString subject;
    QString location;
    QString outcome;
    int timeSpentMin = 0;
    int durationMin = 0;
    QStringList organisations;
    QStringList persons;
    QStringList staff;
};

/** Which network partner was in touch with an organisation, how often and when last. */
struct PartnerContact
{
    Id partnerId = 0;
    QString partnerName;
    int events = 0;
    QDate first;
    QDate last;
    QStringList staff;
};

/** All SQL for activities and their participants and follow-ups. */
class EventRepository final
{
public:
    enum ListColumn
    {
        ColId,
        ColStart,
        ColType,
        ColSubject,
        ColOrganisations,
        ColLocation,
        ColTimeSpent,
        ColLoggedBy,
        ListColumnCount
    };
    enum class Sort
    {
        Start,
        Type
    };

    explicit EventRepository(Database& db);

    /** The activity with participants (names filled in) and follow-ups. */
    Result<Event> find(Id id) const;
    ListQuery listQuery(const EventFilter& filter, Sort sort = Sort::Start, bool descending = true) const;
    /** Number of activities matching @p filter. */
    Result<int> count(const EventFilter& filter) const;

    FieldErrors check(Event& event) const;
    /**
     * Saves the activity, its participants and follow-ups in one transaction with audit rows. The
     * staff member who logged it and the organisations of participating persons take part too.
     */
    bool save(Event& event, QString* error, bool* conflict = nullptr);
    /** Deletes the activity with its participants and follow-ups (audit row kept). */
    bool remove(Id id, QString* error);

    /** Newest first: the activities @p kind @p id took part in. */
    Result<QList<EventSummary>> timeline(Participant::Kind kind, Id id, int limit = 50) const;
    /** The activities @p ids in that order (ids that do not exist are left out), read in chunks. */
    Result<QList<EventSummary>> byIds(const QList<Id>& ids) const;
    /** The newest activities of the whole network. */
    Result<QList<EventSummary>> latest(int limit = 10) const;
    /** Which partners' staff were in touch with organisation @p id. */
    Result<QList<PartnerContact>> partnerContacts(Id organisationId) const;

    /** Replaces the search index row of @p old (may be null: new) by that of @p current (null: removed). */
    bool reindex(const Event* old, const Event* current, QString* error);

private:
    bool loadParticipants(Event& event, QString* error) const;
    bool writeParticipants(const Event& event, QString* error);
    bool writeFollowUps(Event& event, const Event* old, QString* error);
    Result<QList<EventSummary>> summaries(const QString& statement, const QVariantList& values) const;
    /** What saving and deleting a record of this kind adds to saveRecord() and removeRecord(). */
    sql::RecordWrites<Event> writes();
    Database& m_db;
};

} // namespace kmuni
