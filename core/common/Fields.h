// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The stored fields of a record as one table: key, value as the audit log and the conflict dialog show it, and how
// to copy the field from another copy of the record. A record's toMap() and takeFields() both read its table, so a
// field added to one cannot be missing from the other.
#pragma once

#include "common/Time.h"

#include <QDate>
#include <QDateTime>
#include <QLatin1StringView>
#include <QStringList>
#include <QVariantMap>

#include <cstddef>
#include <optional>

namespace kmuni::fields {

/** One stored field of a record of type T. */
template <typename T> struct Field
{
    const char* key; ///< as in toMap() and the audit log: "phone", "notes", …
    QVariant (*value)(const T& record); ///< the value as toMap() gives it
    void (*copy)(T& to, const T& from); ///< copies the field from @p from
};

namespace detail {

template <typename M> struct MemberPointer;
template <typename C, typename V> struct MemberPointer<V C::*>
{
    using Class = C;
};
template <auto Member> using ClassOf = typename MemberPointer<decltype(Member)>::Class;

// The plain members as toMap() has always given them: numbers and text as they are, dates and instants in their
// storage form, a missing number as null.
inline QVariant stored(const QString& value)
{
    return value;
}
inline QVariant stored(qint64 value)
{
    return value;
}
inline QVariant stored(int value)
{
    return value;
}
inline QVariant stored(bool value)
{
    return value;
}
inline QVariant stored(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}
inline QVariant stored(const QDate& value)
{
    return time::dateToStorage(value);
}
inline QVariant stored(const QDateTime& value)
{
    return time::toStorage(value);
}

} // namespace detail

/** The member @p Member, under @p key, with its value as it is (see detail::stored()). */
template <auto Member> constexpr Field<detail::ClassOf<Member>> field(const char* key)
{
    using C = detail::ClassOf<Member>;
    return {key, [](const C& r) { return detail::stored(r.*Member); },
        [](C& to, const C& from) { to.*Member = from.*Member; }};
}

/**
 * The member @p Member, under @p key, shown through @p Show (a function of the member's value giving a QVariant):
 * for lists, which the audit log keeps as one text. Copying takes the whole member.
 */
template <auto Member, auto Show> constexpr Field<detail::ClassOf<Member>> fieldShownAs(const char* key)
{
    using C = detail::ClassOf<Member>;
    return {key, [](const C& r) { return QVariant(Show(r.*Member)); },
        [](C& to, const C& from) { to.*Member = from.*Member; }};
}

/** Every field of @p record, by key. */
template <typename T, std::size_t N> QVariantMap toMap(const Field<T> (&table)[N], const T& record)
{
    QVariantMap map;
    for (const Field<T>& f : table) {
        map.insert(QString::fromLatin1(f.key), f.value(record));
    }
    return map;
}

/** Copies the fields named in @p keys from @p from into @p record; keys that name no field are ignored. */
template <typename T, std::size_t N>
void take(const Field<T> (&table)[N], T& record, const T& from, const QStringList& keys)
{
    for (const Field<T>& f : table) {
        if (keys.contains(QLatin1StringView(f.key))) {
            f.copy(record, from);
        }
    }
}

} // namespace kmuni::fields
