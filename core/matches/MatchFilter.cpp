// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchFilter.h"

#include "common/Time.h"
#include "db/TextMatch.h"

using namespace Qt::StringLiterals;

namespace kmuni {

SqlCondition MatchFilter::condition(const QDate& today) const
{
    SqlCondition c;
    if (organisationId > 0) {
        c.add(u"(m.company_id = ? OR m.university_id = ?)"_s, {organisationId, organisationId});
    }
    if (companyId > 0) {
        c.add(u"m.company_id = ?"_s, {companyId});
    }
    if (universityId > 0) {
        c.add(u"m.university_id = ?"_s, {universityId});
    }
    if (staffId > 0) {
        c.add(u"m.staff_id = ?"_s, {staffId});
    }
    if (!type.isEmpty()) {
        c.add(u"m.type = ?"_s, {type});
    }
    if (!stage.isEmpty()) {
        c.add(u"m.stage = ?"_s, {stage});
    }
    if (openOnly || state == State::Open || stalledWeeks > 0) {
        c.add(u"m.stage NOT IN ('completed', 'declined')"_s);
    } else if (state == State::Closed) {
        c.add(u"m.stage IN ('completed', 'declined')"_s);
    }
    if (stalledWeeks > 0) {
        const QDate anchor = today.isValid() ? today : time::today();
        c.add(u"m.stage_changed_on <= ?"_s, {time::dateToStorage(anchor.addDays(-7 * stalledWeeks))});
    }
    sql::addTextCondition(c, text, u"m.id"_s, {}, u"match_search"_s);
    return c;
}

} // namespace kmuni
