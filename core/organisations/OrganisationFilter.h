// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "db/ListQuery.h"

#include <QString>

#include <optional>

namespace kmuni {

/** What the organisation list shows. Empty fields do not filter. */
struct OrganisationFilter
{
    enum class Archived
    {
        Active,
        Archived,
        All
    };

    QString kind; ///< vocab::List::OrganisationKind
    QString sector; ///< vocab::List::Sector
    QString city; ///< exact city, umlaut- and case-insensitive
    QString stage; ///< vocab::List::OutreachStage
    std::optional<bool> pilot;
    Archived archived = Archived::Active;
    Id parentId = 0; ///< institutes of one university
    QString text; ///< name, e-mail, city, …: as in the global search

    /** The SQL condition on table alias "o". */
    SqlCondition condition() const;
    bool operator==(const OrganisationFilter&) const = default;
};

} // namespace kmuni
