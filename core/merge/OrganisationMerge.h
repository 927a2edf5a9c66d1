// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Merge.h"
#include "common/Error.h"

namespace kmuni {

class Database;

/**
 * Merges two organisations of the same kind: OTHER's persons, activities, follow-ups, matches, institutes,
 * staff, topics, match types, rejected suggestions, partner code and audit-log history go over to KEEP, KEEP
 * takes the chosen fields, then OTHER is deleted, all in one transaction.
 */
class OrganisationMerge final
{
public:
    explicit OrganisationMerge(Database& db);

    /**
     * The dry run: both records field by field, what would move and what would be dropped. Refused (in the
     * plan): the same organisation twice, an unknown id, organisations of different kinds (a university is no
     * company: change the kind first).
     */
    Result<merge::Plan> plan(Id keep, Id other) const;

    /** Merges OTHER into KEEP as @p request says; see PersonMerge::merge(). */
    bool merge(
        const merge::Request& request, QString* error, merge::Outcome* outcome = nullptr, merge::Plan* done = nullptr);

    /**
     * Likely duplicate pairs of the same kind: the same name once folded, legal forms set aside and umlauts
     * spelled either way ("Müller Logistik GmbH" and "Mueller Logistik"); institutes only under the same
     * university. One pass over the names with a hash: fast on any number of organisations.
     */
    Result<QList<merge::DuplicatePair>> findDuplicates(int limit = 1000) const;

    /** The key two names share when findDuplicates() takes them for the same organisation. */
    static QString nameKey(const QString& name);

private:
    Database& m_db;
};

} // namespace kmuni
