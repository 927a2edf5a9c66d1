// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the person and organisation merges share inside core: the table of fields to choose between and the
// statements that move links without duplicating them.
#pragma once

#include "Merge.h"
#include "common/Error.h"

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

} // namespace kmuni::merge
