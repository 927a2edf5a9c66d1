// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "db/ListQuery.h"

#include <QString>

#include <optional>

namespace kmuni {

/** What the person list shows. Empty fields do not filter. */
struct PersonFilter
{
    Id organisationId = 0;
    QString text; ///< name, e-mail, function
    std::optional<bool> doNotContact;
    bool includeArchived = false;

    /** The SQL condition on table alias "p". */
    SqlCondition condition() const;
    bool operator==(const PersonFilter&) const = default;
};

} // namespace kmuni
