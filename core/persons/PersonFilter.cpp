// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonFilter.h"

#include "db/TextMatch.h"

using namespace Qt::StringLiterals;

namespace kmuni {

SqlCondition PersonFilter::condition() const
{
    SqlCondition c;
    if (organisationId > 0) {
        c.add(u"p.organisation_id = ?"_s, {organisationId});
    }
    if (doNotContact) {
        c.add(u"p.do_not_contact = ?"_s, {*doNotContact ? 1 : 0});
    }
    // Always a condition on the first column of the list index.
    c.add(includeArchived ? u"p.archived IN (0, 1)"_s : u"p.archived = 0"_s);
    sql::addTextCondition(c, text, u"p.id"_s, {u"p.sort_key"_s}, u"person_search"_s);
    return c;
}

} // namespace kmuni
