// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "db/ListQuery.h"

#include <QDate>
#include <QString>

namespace kmuni {

/** What the activity list shows. The period is in Berlin local dates, both days included. */
struct EventFilter
{
    QDate from;
    QDate to;
    QString type;
    Id organisationId = 0;
    Id personId = 0;
    Id staffId = 0;
    Id partnerId = 0; ///< activities a staff member of this partner took part in
    QString sector; ///< activities with a company of this sector
    QString text; ///< subject, location, minutes, outcome

    /** The SQL condition on table alias "e". */
    SqlCondition condition() const;
    bool operator==(const EventFilter&) const = default;
};

/** "YYYY-MM-DD" bounds of starts_local for a period of local dates [from, to]. */
QString periodStartKey(const QDate& from);
QString periodEndKey(const QDate& to); ///< exclusive: the day after @p to

} // namespace kmuni
