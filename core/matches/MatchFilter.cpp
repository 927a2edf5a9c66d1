// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchFilter.h"

#include "search/TextMatch.h"

using namespace Qt::StringLiterals;

namespace kmuni {

SqlCondition MatchFilter::condition() const
{
    SqlCondition c;
    if (organisationId > 0) {
        c.add(u"(m.company_id = ? OR m.university_id = ?)"_s, {organisationId, organisationId});
    }
    if (!type.isEmpty()) {
        c.add(u"m.type = ?"_s, {type});
    }
    if (!stage.isEmpty()) {
        c.add(u"m.stage = ?"_s, {stage});
    }
    if (openOnly) {
        c.add(u"m.stage NOT IN ('completed', 'declined')"_s);
    }
    search::addTextCondition(c, text, u"m.id"_s, {}, u"match_search"_s);
    return c;
}

} // namespace kmuni
