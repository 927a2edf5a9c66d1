// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Merging duplicates (Dubletten zusammenführen): one record (OTHER) goes into another (KEEP). What both
 * merges (persons, organisations) share: the fields to choose between, what moves, the request.
 */
namespace kmuni::merge {

/** Whose value a field of the merged record takes. */
enum class Side
{
    Keep, ///< the record that stays
    Other, ///< the record that goes
};

/** One field of the merged record, as both records have it. */
struct Field
{
    QString key; ///< the stored column (or group of columns): "email", "address"
    QString label; ///< for people: "E-mail"
    QString keepText; ///< KEEP's value as shown
    QString otherText; ///< OTHER's value as shown
    Side defaultSide = Side::Keep; ///< KEEP's value, OTHER's where KEEP's is empty

    bool differs() const { return keepText != otherText; }
};

/** Links of one kind that move from OTHER to KEEP. */
struct Move
{
    QString kind; ///< "activities", "follow_ups", "matches", "persons", "institutes", "audit_entries", …
    QString label; ///< for people: "Activities"
    int count = 0;
};

/**
 * What a merge of OTHER into KEEP would do (the dry run): every field with both values, the links that move,
 * and notes (links that are dropped because KEEP has them already). A refused merge has its reason in refusal.
 */
struct Plan
{
    QString entity; ///< "person" or "organisation"
    Id keepId = 0;
    Id otherId = 0;
    QString keepName;
    QString otherName;
    qint64 keepVersion = 0; ///< the row versions read: merging over a later change is a conflict
    qint64 otherVersion = 0;
    QList<Field> fields;
    QList<Move> moves;
    QStringList notes;
    QString refusal; ///< why the two cannot be merged; empty when they can

    bool refused() const { return !refusal.isEmpty(); }
    QList<Field> differing() const;
    /** The count of @p kind, 0 when nothing of it moves. */
    int moved(const QString& kind) const;
};

/** Per field (Field::key), whose value to take; a field not named takes its default. */
using Choices = QHash<QString, Side>;

/** Merge OTHER into KEEP, over the versions the user saw (0: do not check). */
struct Request
{
    Id keepId = 0;
    Id otherId = 0;
    qint64 keepVersion = 0;
    qint64 otherVersion = 0;
    Choices choices;

    /** The request that carries out @p plan with @p choices. */
    static Request from(const Plan& plan, const Choices& choices = {});
};

/** How a merge ended. */
enum class Outcome
{
    Merged,
    Refused, ///< the two cannot be merged (the same record, one missing, different kinds, …): nothing changed
    Conflict, ///< one of them was changed since the plan was read: nothing changed
    Failed, ///< the database failed: nothing changed
};

/** A likely duplicate pair, KEEP first (the older record), with why it looks like one. */
struct DuplicatePair
{
    Id keepId = 0;
    Id otherId = 0;
    QString keepName;
    QString otherName;
    QString detail; ///< what the two share: the organisation, the e-mail
    QStringList reasons;
};

} // namespace kmuni::merge
