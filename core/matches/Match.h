// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "common/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace kmuni {

/** A stage a match reached, and when. */
struct MatchStageChange
{
    QString stage;
    QDate reachedOn;
};

/** A match (Vermittlung) between a company and a university or one of its institutes. */
struct Match
{
    Id id = 0;
    QString uuid;
    Id companyId = 0;
    Id universityId = 0;
    QString type = QStringLiteral("internship"); ///< vocab::List::MatchType
    QString stage = QStringLiteral("proposed"); ///< vocab::List::MatchStage
    QString title;
    Id companyPersonId = 0;
    Id universityPersonId = 0;
    Id staffId = 0; ///< the staff member who looks after it
    QDate startedOn;
    QDate stageChangedOn; ///< when the current stage was reached
    QString outcome;
    int graduatesHired = 0;
    QString notes;
    QList<Id> eventIds;
    QList<MatchStageChange> history; ///< filled when loaded, oldest first
    QString companyName; ///< filled when loaded
    QString universityName; ///< filled when loaded
    QString staffName; ///< filled when loaded
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0; ///< row_version as loaded; saving over another version is a conflict (0: do not check)

    /** The fields as stored, by key ("title", "notes", …): for the audit log's diff and the edit conflict. */
    QVariantMap toMap() const;
    /**
     * Takes the fields named in @p keys (keys of toMap()) from @p other, the rest stays: how an edit conflict is
     * settled field by field. Keys that name no field are ignored; the row version is the caller's business.
     */
    void takeFields(const Match& other, const QStringList& keys);
    FieldErrors validate() const;
};

} // namespace kmuni
