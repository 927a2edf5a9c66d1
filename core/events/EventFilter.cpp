// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventFilter.h"

#include "db/TextMatch.h"

using namespace Qt::StringLiterals;

namespace kmuni {

QString periodStartKey(const QDate& from)
{
    return from.toString(Qt::ISODate);
}

QString periodEndKey(const QDate& to)
{
    return to.addDays(1).toString(Qt::ISODate);
}

SqlCondition EventFilter::condition() const
{
    SqlCondition c;
    // starts_local is Berlin wall time: a local period is a plain string range, DST needs no care.
    if (from.isValid()) {
        c.add(u"e.starts_local >= ?"_s, {periodStartKey(from)});
    }
    if (to.isValid()) {
        c.add(u"e.starts_local < ?"_s, {periodEndKey(to)});
    }
    if (!type.isEmpty()) {
        c.add(u"e.type = ?"_s, {type});
    }
    if (organisationId > 0) {
        c.add(u"e.id IN (SELECT event_id FROM event_participants WHERE organisation_id = ?)"_s, {organisationId});
    }
    if (personId > 0) {
        c.add(u"e.id IN (SELECT event_id FROM event_participants WHERE person_id = ?)"_s, {personId});
    }
    if (staffId > 0) {
        c.add(u"e.id IN (SELECT event_id FROM event_participants WHERE staff_id = ?)"_s, {staffId});
    }
    if (partnerId > 0) {
        c.add(u"e.id IN (SELECT ep.event_id FROM event_participants ep JOIN staff s ON s.id = ep.staff_id "
              "WHERE s.partner_id = ?)"_s,
            {partnerId});
    }
    if (!sector.isEmpty()) {
        c.add(u"e.id IN (SELECT ep.event_id FROM event_participants ep JOIN organisations so "
              "ON so.id = ep.organisation_id WHERE so.sector = ?)"_s,
            {sector});
    }
    sql::addWordCondition(c, text, u"e.id"_s, u"event_search"_s);
    return c;
}

} // namespace kmuni
