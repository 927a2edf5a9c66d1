// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Event.h"

#include "common/Fields.h"
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

namespace {
// The participants as the audit log keeps them: "o3 p12 s1", sorted, so that the order they were added in is no
// change.
QString participantsText(const QList<Participant>& participants)
{
    QStringList parts;
    for (const Participant& p : participants) {
        const char16_t prefix = p.kind == Participant::Kind::Organisation ? u'o'
            : p.kind == Participant::Kind::Person                         ? u'p'
                                                                          : u's';
        parts << QString(QChar(prefix)) + QString::number(p.refId);
    }
    std::sort(parts.begin(), parts.end());
    return parts.join(u' ');
}

// The follow-ups as the audit log keeps them: "Angebot senden (2026-12-01); Anrufen (2026-11-20, done)".
QString followUpsText(const QList<FollowUp>& followUps)
{
    QStringList titles;
    for (const FollowUp& f : followUps) {
        titles << f.title + u" ("_s + time::dateToStorage(f.dueDate) + (f.done ? u", done)"_s : u")"_s);
    }
    return titles.join(u"; "_s);
}

// The stored fields, once: toMap() (the audit log, the edit conflict's rows) and takeFields() (the edit conflict's
// choices) both read this table, so the two cannot disagree about a field. The participants and the follow-ups are
// one field each: a choice takes the whole list.
constexpr fields::Field<Event> eventFields[] = {
    fields::field<&Event::type>("type"),
    fields::field<&Event::start>("start"),
    fields::field<&Event::durationMin>("duration_min"),
    fields::field<&Event::location>("location"),
    fields::field<&Event::subject>("subject"),
    fields::field<&Event::minutes>("minutes"),
    fields::field<&Event::outcome>("outcome"),
    fields::field<&Event::timeSpentMin>("time_spent_min"),
    fields::field<&Event::loggedByStaffId>("logged_by_staff_id"),
    fields::fieldShownAs<&Event::participants, participantsText>("participants"),
    fields::fieldShownAs<&Event::followUps, followUpsText>("follow_ups"),
};
} // namespace

QVariantMap Event::toMap() const
{
    return fields::toMap(eventFields, *this);
}

void Event::takeFields(const Event& other, const QStringList& keys)
{
    fields::take(eventFields, *this, other, keys);
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
