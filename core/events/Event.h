// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityKind.h"
#include "common/Ids.h"
#include "common/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace kmuni {

/** Someone who took part in an activity: an organisation, a contact person or a staff member. */
struct Participant
{
    using Kind = EntityKind; ///< Organisation, Person or Staff
    Kind kind = Kind::Organisation;
    Id refId = 0;
    QString role;
    QString name; ///< filled when loaded: organisation name, person or staff name
    QString detail; ///< filled when loaded: a person's organisation, a staff member's partner

    bool operator==(const Participant& o) const { return kind == o.kind && refId == o.refId && role == o.role; }
};

/** A follow-up (Wiedervorlage): something to do by a date, by someone. */
struct FollowUp
{
    Id id = 0;
    QString uuid;
    Id eventId = 0;
    Id organisationId = 0;
    Id personId = 0;
    Id staffId = 0;
    QString title;
    QDate dueDate;
    bool done = false;
    QDateTime doneAt;

    QVariantMap toMap() const;
    /** What to do and by when are required; the title is one line of limited length. */
    FieldErrors validate() const;
};

/** A logged contact (Aktivität): meeting, call, visit, workshop, career fair, … */
struct Event
{
    Id id = 0;
    QString uuid;
    QString type = QStringLiteral("meeting"); ///< vocab::List::EventType
    QDateTime start; ///< the instant; shown in Europe/Berlin
    int durationMin = 0;
    QString location;
    QString subject;
    QString minutes;
    QString outcome;
    int timeSpentMin = 0; ///< staff time, for the funding documentation
    Id loggedByStaffId = 0;
    QList<Participant> participants;
    QList<FollowUp> followUps;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; ///< row_version as loaded; saving over another version is a conflict (0: do not check)

    QList<Id> participantIds(Participant::Kind kind) const;
    /** The fields as stored, by key ("subject", "minutes", …): for the audit log's diff and the edit conflict. */
    QVariantMap toMap() const;
    /**
     * Takes the fields named in @p keys (keys of toMap()) from @p other, the rest stays: how an edit conflict is
     * settled field by field. Keys that name no field are ignored; the row version is the caller's business.
     */
    void takeFields(const Event& other, const QStringList& keys);
    FieldErrors validate() const;
};

} // namespace kmuni
