// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Match.h"

#include "common/Fields.h"
#include "common/Time.h"
#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kmuni {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kmuni::Match)
};
} // namespace

namespace {
// The linked activities as the audit log keeps them: "12,40".
QString eventIdsText(const QList<Id>& ids)
{
    QStringList events;
    for (Id id : ids) {
        events << QString::number(id);
    }
    return events.join(u',');
}

// The stored fields, once: toMap() (the audit log, the edit conflict's rows) and takeFields() (the edit conflict's
// choices) both read this table, so the two cannot disagree about a field.
constexpr fields::Field<Match> matchFields[] = {
    fields::field<&Match::companyId>("company_id"),
    fields::field<&Match::universityId>("university_id"),
    fields::field<&Match::type>("type"),
    fields::field<&Match::stage>("stage"),
    fields::field<&Match::title>("title"),
    fields::field<&Match::companyPersonId>("company_person_id"),
    fields::field<&Match::universityPersonId>("university_person_id"),
    fields::field<&Match::staffId>("staff_id"),
    fields::field<&Match::startedOn>("started_on"),
    fields::field<&Match::stageChangedOn>("stage_changed_on"),
    fields::field<&Match::outcome>("outcome"),
    fields::field<&Match::graduatesHired>("graduates_hired"),
    fields::field<&Match::notes>("notes"),
    fields::fieldShownAs<&Match::eventIds, eventIdsText>("events"),
};
} // namespace

QVariantMap Match::toMap() const
{
    return fields::toMap(matchFields, *this);
}

void Match::takeFields(const Match& other, const QStringList& keys)
{
    fields::take(matchFields, *this, other, keys);
}

FieldErrors Match::validate() const
{
    FieldErrors errors;
    validate::text(errors, u"title"_s, Tr::tr("Title"), title, TextKind::Title);
    validate::text(errors, u"outcome"_s, Tr::tr("Outcome"), outcome, TextKind::Text);
    validate::text(errors, u"notes"_s, Tr::tr("Notes"), notes, TextKind::Text);
    if (companyId <= 0) {
        errors.append({u"companyId"_s, Tr::tr("Choose the company.")});
    }
    if (universityId <= 0) {
        errors.append({u"universityId"_s, Tr::tr("Choose the university or institute.")});
    }
    if (!vocab::contains(vocab::List::MatchType, type)) {
        errors.append({u"type"_s, Tr::tr("Choose the type of match.")});
    }
    if (!vocab::contains(vocab::List::MatchStage, stage)) {
        errors.append({u"stage"_s, Tr::tr("Choose the stage of the match.")});
    }
    if (graduatesHired < 0) {
        errors.append({u"graduatesHired"_s, Tr::tr("The number of graduates hired cannot be negative.")});
    }
    if (companyId > 0 && companyId == universityId) {
        errors.append({u"universityId"_s, Tr::tr("The two sides of a match must be different organisations.")});
    }
    if (startedOn.isValid() && stageChangedOn.isValid() && stageChangedOn < startedOn) {
        errors.append({u"stageChangedOn"_s, Tr::tr("A stage cannot be reached before the match started.")});
    }
    if (stageChangedOn.isValid() && stageChangedOn > time::today()) {
        errors.append({u"stageChangedOn"_s, Tr::tr("A stage cannot be reached in the future.")});
    }
    return errors;
}

} // namespace kmuni
