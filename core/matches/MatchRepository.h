// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Match.h"
#include "MatchFilter.h"
#include "common/Error.h"
#include "db/ListQuery.h"

#include <QList>

#include <optional>

namespace kmuni::sql {
template <typename Record> struct RecordWrites;
} // namespace kmuni::sql

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
    bool save(Match& match, QString* error, bool* conflict = nullptr);
    bool remove(Id id, QString* error);

    /**
     * Moves match @p id to @p stage, reached on @p reachedOn (today when invalid): the match, a row
     * in its stage history and an audit row, in one transaction. Back-dating is allowed (staff log
     * late), never into the future, before the match started or before its current stage was
     * reached; then false with @p error and nothing changed.
     */
    bool moveStage(Id id, const QString& stage, const QDate& reachedOn, QString* error);
    /** The open matches of the same pair and type as @p match (other than itself): duplicates. */
    Result<QList<Match>> openDuplicates(const Match& match) const;
    /** The stage after @p stage on the way proposed → completed; empty at the end and for declined. */
    static QString nextStage(const QString& stage);
    /** The stage before @p stage; empty at the start and for declined. */
    static QString previousStage(const QString& stage);

    bool reindex(const Match& match, QString* error);

private:
    /** What saving and deleting a record of this kind adds to saveRecord() and removeRecord(). */
    sql::RecordWrites<Match> writes();
    Database& m_db;
};

} // namespace kmuni
