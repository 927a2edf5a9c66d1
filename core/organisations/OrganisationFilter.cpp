// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganisationFilter.h"

#include "common/TextFold.h"
#include "db/TextMatch.h"

using namespace Qt::StringLiterals;

namespace kmuni {

SqlCondition OrganisationFilter::condition() const
{
    SqlCondition c;
    if (!kind.isEmpty()) {
        c.add(u"o.kind = ?"_s, {kind});
    }
    if (!sector.isEmpty()) {
        c.add(u"o.sector = ?"_s, {sector});
    }
    if (!city.trimmed().isEmpty()) {
        c.add(u"o.city_key = ?"_s, {fold::sortKey(city)});
    }
    if (!stage.isEmpty()) {
        c.add(u"o.stage = ?"_s, {stage});
    }
    if (pilot) {
        c.add(u"o.is_pilot = ?"_s, {*pilot ? 1 : 0});
    }
    // Always a condition on the first column of every list index.
    if (archived == Archived::All) {
        c.add(u"o.archived IN (0, 1)"_s);
    } else {
        c.add(u"o.archived = ?"_s, {archived == Archived::Archived ? 1 : 0});
    }
    if (parentId > 0) {
        c.add(u"o.parent_id = ?"_s, {parentId});
    }
    sql::addTextCondition(c, text, u"o.id"_s, {u"o.sort_key"_s}, u"organisation_search"_s);
    return c;
}

} // namespace kmuni
