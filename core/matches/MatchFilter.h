// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "db/ListQuery.h"

#include <QString>

namespace kmuni {

/** What the match list shows. */
struct MatchFilter
{
    Id organisationId = 0; ///< company, university or institute on either side
    QString type;
    QString stage;
    bool openOnly = false; ///< not completed and not declined
    QString text;

    SqlCondition condition() const;
    bool operator==(const MatchFilter&) const = default;
};

} // namespace kmuni
