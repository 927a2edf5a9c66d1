// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Match.h"
#include "MatchFilter.h"
#include "common/Error.h"
#include "db/ListQuery.h"

#include <QList>

#include <optional>

namespace kmuni {

class Database;

/** All SQL for matches; every stage a match reaches is kept with its date. */
class MatchRepository final
{
public:
    enum ListColumn
    {
        ColId,
        ColCompany,
        ColUniversity,
        ColType,
        ColStage,
        ColTitle,
        ColStageChangedOn,
        ColGraduatesHired,
        ListColumnCount
    };

    explicit MatchRepository(Database& db);

    Result<Match> find(Id id) const;
    /** Most recently moved first. */
    Result<QList<Match>> list(const MatchFilter& filter, int limit = -1) const;
    ListQuery listQuery(const MatchFilter& filter) const;

    FieldErrors check(Match& match) const;
    /** Saves; a new stage (or a new match) adds a row to its stage history. */
    bool save(Match& match, QString* error);
    bool remove(Id id, QString* error);

    bool reindex(const Match& match, QString* error);

private:
    Database& m_db;
};

} // namespace kmuni
