// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kmuni {

/**
 * What kind of record something is: a search hit, an activity's participant, a row behind a report's
 * number, a page of the window, an entry of the audit log. One list for all of them, with each kind's
 * code, icon and name below.
 *
 * The numbers are kept: filed reports store a row's kind as its number (Organisation 0, Person 1,
 * Staff 2, Event 3, Match 4); a new kind goes at the end.
 */
enum class EntityKind
{
    Organisation = 0,
    Person = 1,
    Staff = 2,
    Event = 3,
    Match = 4,
    FollowUp = 5,
};

/** The kind's code, as the audit log and the command line's JSON write it: "organisation", "follow_up", … */
QString entityCode(EntityKind kind);
/** The icon-theme name the window shows for the kind ("nav-organisations", …). */
QString entityIcon(EntityKind kind);
/** The kind's name in the plural, translated ("Organisations", "Contact persons", …). */
QString entityPluralName(EntityKind kind);

} // namespace kmuni
