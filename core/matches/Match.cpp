// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Match.h"

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

QVariantMap Match::toMap() const
{
    QStringList events;
    for (Id id : eventIds) {
        events << QString::number(id);
    }
    return {
        {u"company_id"_s, companyId},
        {u"university_id"_s, universityId},
        {u"type"_s, type},
        {u"stage"_s, stage},
        {u"title"_s, title},
        {u"company_person_id"_s, companyPersonId},
        {u"university_person_id"_s, universityPersonId},
        {u"staff_id"_s, staffId},
        {u"started_on"_s, time::dateToStorage(startedOn)},
        {u"stage_changed_on"_s, time::dateToStorage(stageChangedOn)},
        {u"outcome"_s, outcome},
        {u"graduates_hired"_s, graduatesHired},
        {u"notes"_s, notes},
        {u"events"_s, events.join(u',')},
    };
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
