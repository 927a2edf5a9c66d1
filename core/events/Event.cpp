// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Event.h"

#include "common/Time.h"
#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Event)
};
} // namespace

QVariantMap FollowUp::toMap() const
{
    return {{u"title"_s, title}, {u"due_date"_s, time::dateToStorage(dueDate)}, {u"staff_id"_s, staffId},
        {u"organisation_id"_s, organisationId}, {u"person_id"_s, personId}, {u"done"_s, done}};
}

FieldErrors FollowUp::validate() const
{
    FieldErrors errors;
    // The messages the follow-up's own form has always shown (FollowUpRepository's words).
    if (validate::text(errors, u"title"_s, QCoreApplication::translate("kmuni::FollowUpRepository", "Follow-up"), title,
            TextKind::Title)
        && title.trimmed().isEmpty()) {
        errors.append(
            {u"title"_s, QCoreApplication::translate("kmuni::FollowUpRepository", "Say what is to be done.")});
    }
    if (!dueDate.isValid()) {
        errors.append({u"dueDate"_s, QCoreApplication::translate("kmuni::FollowUpRepository", "Enter the due date.")});
    }
    return errors;
}

QList<Id> Event::participantIds(Participant::Kind kind) const
{
    QList<Id> ids;
    for (const Participant& p : participants) {
        if (p.kind == kind) {
            ids << p.refId;
        }
    }
    return ids;
}

QVariantMap Event::toMap() const
{
    QStringList parts;
    for (const Participant& p : participants) {
        const char16_t prefix = p.kind == Participant::Kind::Organisation ? u'o'
            : p.kind == Participant::Kind::Person                         ? u'p'
                                                                          : u's';
        parts << QString(QChar(prefix)) + QString::number(p.refId);
    }
    std::sort(parts.begin(), parts.end());
    QStringList followUpTitles;
    for (const FollowUp& f : followUps) {
        followUpTitles << f.title + u" ("_s + time::dateToStorage(f.dueDate) + (f.done ? u", done)"_s : u")"_s);
    }
    return {
        {u"type"_s, type},
        {u"start"_s, time::toStorage(start)},
        {u"duration_min"_s, durationMin},
        {u"location"_s, location},
        {u"subject"_s, subject},
        {u"minutes"_s, minutes},
        {u"outcome"_s, outcome},
        {u"time_spent_min"_s, timeSpentMin},
        {u"logged_by_staff_id"_s, loggedByStaffId},
        {u"participants"_s, parts.join(u' ')},
        {u"follow_ups"_s, followUpTitles.join(u"; "_s)},
    };
}

FieldErrors Event::validate() const
{
    FieldErrors errors;
    validate::text(errors, u"subject"_s, Tr::tr("Subject"), subject, TextKind::Title);
    validate::text(errors, u"location"_s, Tr::tr("Place"), location, TextKind::Short);
    validate::text(errors, u"minutes"_s, Tr::tr("Minutes"), minutes, TextKind::Text);
    validate::text(errors, u"outcome"_s, Tr::tr("Outcome"), outcome, TextKind::Text);
    for (const Participant& p : participants) {
        if (!validate::text(errors, u"participants"_s, Tr::tr("Role of a participant"), p.role, TextKind::Short)) {
            break;
        }
    }
    if (!vocab::contains(vocab::List::EventType, type)) {
        errors.append({u"type"_s, Tr::tr("Choose the type of activity.")});
    }
    if (!start.isValid()) {
        errors.append({u"start"_s, Tr::tr("Enter the date and time of the activity.")});
    }
    if (durationMin < 0 || durationMin > 14 * 24 * 60) {
        errors.append({u"durationMin"_s, Tr::tr("The duration must be between 0 minutes and 14 days.")});
    }
    if (timeSpentMin < 0 || timeSpentMin > 1000 * 60) {
        errors.append({u"timeSpentMin"_s, Tr::tr("The time spent must be between 0 and 1,000 hours.")});
    }
    if (participantIds(Participant::Kind::Organisation).isEmpty()
        && participantIds(Participant::Kind::Person).isEmpty()) {
        errors.append({u"participants"_s, Tr::tr("Add at least one organisation or person who took part.")});
    }
    for (const FollowUp& f : followUps) {
        if (!validate::text(errors, u"followUps"_s, Tr::tr("Follow-up"), f.title, TextKind::Title)) {
            break;
        }
        if (f.title.trimmed().isEmpty()) {
            errors.append({u"followUps"_s, Tr::tr("Every follow-up needs a description of what is to be done.")});
            break;
        }
        if (!f.dueDate.isValid()) {
            errors.append({u"followUps"_s, Tr::tr("Every follow-up needs a due date.")});
            break;
        }
    }
    return errors;
}

} // namespace kmuni
