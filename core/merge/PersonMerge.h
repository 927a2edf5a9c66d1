// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Merge.h"
#include "common/Error.h"

namespace kmuni {

class Database;

/**
 * Merges two contact persons: OTHER's activities, follow-ups, matches and audit-log history go over to KEEP,
 * KEEP takes the chosen fields, then OTHER is deleted, all in one transaction.
 */
class PersonMerge final
{
public:
    explicit PersonMerge(Database& db);

    /**
     * The dry run: both records field by field, what would move, what would be dropped (an activity both took
     * part in keeps one participant). A merge that cannot be done (the same person twice, an unknown id, an
     * erased person) is a plan with its refusal; a failed read is an error.
     */
    Result<merge::Plan> plan(Id keep, Id other) const;

    /**
     * Merges OTHER into KEEP as @p request says. Nothing changes unless it returns true; @p outcome (optional)
     * says why not: refused, a conflict (either record changed since the versions in @p request), or a
     * database failure. @p done (optional) receives the plan that was carried out.
     */
    bool merge(
        const merge::Request& request, QString* error, merge::Outcome* outcome = nullptr, merge::Plan* done = nullptr);

    /**
     * Likely duplicate pairs: the same e-mail (case ignored), the same folded first and last name in the same
     * organisation, or names that differ only in umlaut spelling or by a typo of the first name there. By SQL
     * grouping and one pass over the names: fast on 100,000 persons. Erased persons are left out.
     */
    Result<QList<merge::DuplicatePair>> findDuplicates(int limit = 1000) const;

private:
    Database& m_db;
};

} // namespace kmuni
