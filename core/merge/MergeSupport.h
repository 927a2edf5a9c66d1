// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the person and organisation merges share inside core: the table of fields to choose between, the
// statements that move links without duplicating them and the transaction that carries a merge out.
#pragma once

#include "Merge.h"
#include "common/Error.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QVariantList>

#include <functional>

namespace kmuni {
class Database;
}

namespace kmuni::merge {

/** One choosable field of a record of type T. */
template <typename T> struct FieldSpec
{
    QString key;
    QString label;
    std::function<QString(const T&)> text; ///< the value as shown
    std::function<void(T& merged, const T& from)> take; ///< copies the field (or its group) from @p from
    std::function<bool(const T&)> isEmpty = {}; ///< default: text() is empty
};

template <typename T> bool emptyIn(const FieldSpec<T>& spec, const T& record)
{
    return spec.isEmpty ? spec.isEmpty(record) : spec.text(record).trimmed().isEmpty();
}

/** Both records' values of every field, with the default choice. */
template <typename T> QList<Field> fieldsOf(const QList<FieldSpec<T>>& specs, const T& keep, const T& other)
{
    QList<Field> fields;
    for (const FieldSpec<T>& spec : specs) {
        Field f;
        f.key = spec.key;
        f.label = spec.label;
        f.keepText = spec.text(keep);
        f.otherText = spec.text(other);
        f.defaultSide = emptyIn(spec, keep) && !emptyIn(spec, other) ? Side::Other : Side::Keep;
        fields << f;
    }
    return fields;
}

/** KEEP with the fields @p choices (else the defaults) give to OTHER's value. */
template <typename T>
T mergedOf(const QList<FieldSpec<T>>& specs, const T& keep, const T& other, const Choices& choices)
{
    T merged = keep;
    for (const FieldSpec<T>& spec : specs) {
        const Side fallback = emptyIn(spec, keep) && !emptyIn(spec, other) ? Side::Other : Side::Keep;
        if (choices.value(spec.key, fallback) == Side::Other) {
            spec.take(merged, other);
        }
    }
    return merged;
}

/** "yes" / "no", translated. */
QString yesNo(bool value);

/** The single number @p statement returns. */
Result<int> count(Database& db, const QString& statement, const QVariantList& values);

/**
 * Adds the move of @p kind to @p plan when @p statement (a count) gives more than 0; false with @p error when
 * the read failed.
 */
bool addMove(Database& db, Plan& plan, const QString& kind, const QString& label, const QString& statement,
    const QVariantList& values, QString* error);

/**
 * The activities both took part in: how many, for the plan's notes. @p column is event_participants'
 * "person_id" or "organisation_id".
 */
Result<int> sharedActivities(Database& db, const QString& column, Id keep, Id other);

/**
 * Moves OTHER's activity participations (event_participants.@p column) to KEEP: where both took part, OTHER's
 * row goes (its role goes over to KEEP's row when that has none), so that no activity lists KEEP twice. The
 * activities' row versions are raised: a form open on one of them is told it changed.
 */
bool moveParticipations(Database& db, const QString& column, Id keep, Id other, QString* error);

/**
 * OTHER's audit-log entries become KEEP's (entity_id; their entity_uuid stays OTHER's, so that they are still
 * found by it), then one entry on KEEP records the merge: "merged_from" [OTHER's uuid, KEEP's uuid],
 * "merged_id" [OTHER's id, KEEP's id] and every value of OTHER that the merged record does not have
 * ([OTHER's, merged]).
 */
bool recordMerge(Database& db, const QString& entity, Id keep, const QString& keepUuid, Id other,
    const QString& otherUuid, const QVariantMap& otherValues, const QVariantMap& mergedValues, QString* error);

/** Deletes OTHER: its row in @p searchTable, then row @p other of @p table. */
bool deleteOther(Database& db, const QString& table, const QString& searchTable, Id other, QString* error);

/** Both records of type T as read for a merge, with the plan and the fields to choose between. */
template <typename T> struct Loaded
{
    T keep;
    T other;
    Plan plan;
    QList<FieldSpec<T>> specs;
};

/** What the merge of records of type T does in its own way, for planOf() and carryOut(). */
template <typename T> struct Steps
{
    QString entity; ///< in the audit log: "person"
    QString table; ///< "persons": both rows are locked, OTHER's is deleted
    QString searchTable; ///< "person_search": OTHER's row is deleted
    /** Reads KEEP and OTHER and plans their merge; the plan's refusal says when it cannot be done. */
    std::function<Result<Loaded<T>>(Database& db, Id keep, Id other)> load;
    /** Moves OTHER's links over to KEEP and saves @p merged (KEEP with the chosen fields). */
    std::function<bool(Database& db, Id keep, Id other, T& merged, QString* error)> moveAndSave;
};

/** The dry run of merging OTHER into KEEP: the plan @p steps load. */
template <typename T> Result<Plan> planOf(Database& db, const Steps<T>& steps, Id keep, Id other)
{
    auto l = steps.load(db, keep, other);
    if (l.failed()) {
        return Result<Plan>::failure(l.error());
    }
    return l->plan;
}

/**
 * Merges OTHER into KEEP as @p request says, in one transaction: both rows are locked and read again, the
 * merge is refused as the plan says or is a conflict when a version differs from the request's; else OTHER's
 * links move to KEEP and KEEP is saved with the chosen fields (Steps::moveAndSave), the audit log records the
 * merge (recordMerge()) and OTHER is deleted. See PersonMerge::merge().
 */
template <typename T>
bool carryOut(Database& db, const Steps<T>& steps, const Request& request, QString* error, Outcome* outcome, Plan* done)
{
    Outcome ignored;
    Outcome& result = outcome ? *outcome : ignored;
    result = Outcome::Failed;
    Transaction tx(db);
    if (!tx.isActive()) {
        return fail(error, tx.error());
    }
    // Read again inside the transaction: what is merged is what is there now.
    if (!sql::lockRow(db, steps.table, request.keepId, error)
        || !sql::lockRow(db, steps.table, request.otherId, error)) {
        return false;
    }
    auto l = steps.load(db, request.keepId, request.otherId);
    if (!l.ok(error)) {
        return false;
    }
    if (l->plan.refused()) {
        result = Outcome::Refused;
        return fail(error, l->plan.refusal);
    }
    bool conflict = false;
    if (!sql::checkVersion(request.keepVersion, l->keep.version, &conflict, error)
        || !sql::checkVersion(request.otherVersion, l->other.version, &conflict, error)) {
        result = Outcome::Conflict;
        return false;
    }
    const Id keep = l->keep.id;
    const Id other = l->other.id;
    T merged = mergedOf(l->specs, l->keep, l->other, request.choices);
    if (!steps.moveAndSave(db, keep, other, merged, error)
        || !recordMerge(
            db, steps.entity, keep, merged.uuid, other, l->other.uuid, l->other.toMap(), merged.toMap(), error)
        || !deleteOther(db, steps.table, steps.searchTable, other, error) || !tx.commit(error)) {
        return false;
    }
    result = Outcome::Merged;
    if (done) {
        *done = l->plan;
    }
    return true;
}

} // namespace kmuni::merge
