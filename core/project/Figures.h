// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>

namespace kmuni {

class Database;

/** The network in a few numbers, for the overview. */
struct Figures
{
    int companies = 0;
    int pilots = 0;
    int universities = 0;
    int institutes = 0;
    int persons = 0;
    int eventsThisYear = 0;
    int minutesThisYear = 0;
    int openMatches = 0;

    /** Counts active (not archived) rows; "this year" is the calendar year of @p today. */
    static Result<Figures> compute(Database& db, const QDate& today);
};

} // namespace kmuni
