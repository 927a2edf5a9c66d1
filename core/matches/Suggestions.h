// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kmuni {

class Database;

/** A partner suggested for an organisation, with the reasons it is there (never a score alone). */
struct Suggestion
{
    Id organisationId = 0;
    QString name;
    QString kind; ///< company, university or institute
    QString city;
    int score = 0; ///< the sum of the reasons' weights: ranks, is not shown alone
    QStringList sharedTopics; ///< topic names both name
    QStringList types; ///< match types sought and offered (vocab::List::MatchType codes)
    int pastMatches = 0; ///< agreed or completed matches of the university side with companies of the sector
    QStringList reasons; ///< plain sentences in the user's language, most weighty first
};

/**
 * Suggestions: for a company, the universities and institutes whose offers fit its needs; for a
 * university or institute, the companies whose needs its offers fit. Deterministic: ranked by the
 * weight of the reasons (shared topics 3 each, match types sought and offered 2 each, the company's
 * sector among the topics offered 1, the same city 1, agreed or completed matches of the university
 * side with companies of the sector 2 each, at most 4), then by name. A pair with an open match or
 * a rejected pair is not suggested.
 */
class Suggestions final
{
public:
    explicit Suggestions(Database& db);

    Result<QList<Suggestion>> forOrganisation(Id organisationId, int limit = 10) const;

    /** Hides the pair @p a – @p b from suggestions (either order), until unreject(). */
    bool reject(Id a, Id b, QString* error);
    bool unreject(Id a, Id b, QString* error);
    /** The organisations whose pair with @p organisationId was rejected, in name order (to undo). */
    Result<QList<Suggestion>> rejected(Id organisationId) const;

    /**
     * Accepts @p suggestion for @p organisationId: a proposed match of @p type (empty: the first type
     * both name, else the first sought) looked after by @p staffId; @p matchId gets its id.
     */
    bool accept(
        Id organisationId, const Suggestion& suggestion, const QString& type, Id staffId, Id* matchId, QString* error);

private:
    bool setRejected(Id a, Id b, bool rejected, QString* error);

    Database& m_db;
};

} // namespace kmuni
