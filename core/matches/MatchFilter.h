// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "db/ListQuery.h"

#include <QDate>
#include <QString>

namespace kmuni {

/** What the match list shows. */
struct MatchFilter
{
    enum class State
    {
        All,
        Open, ///< not completed and not declined
        Closed ///< completed or declined
    };

    Id organisationId = 0; ///< company, university or institute on either side
    Id companyId = 0;
    Id universityId = 0; ///< the university or institute side
    Id staffId = 0;
    int stalledWeeks = 0; ///< open and no stage reached for this many weeks (0: any)
    State state = State::All;
    QString type;
    QString stage;
    bool openOnly = false; ///< not completed and not declined
    QString text;

    /** The WHERE condition; @p today anchors "stalled for N weeks". */
    SqlCondition condition(const QDate& today = {}) const;
    bool operator==(const MatchFilter&) const = default;
};

} // namespace kmuni
