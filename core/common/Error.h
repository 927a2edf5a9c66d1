// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace kmuni {

/**
 * The project's one error idiom. Every call that can fail says so:
 * - a write returns bool and sets `QString* error` (see fail());
 * - a read returns a Result<T>: a value, "nothing" (a find() that found no row), or an error (the
 *   read itself failed). A failed read is never "no rows": a caller tests failed() and passes
 *   error() on until someone shows it.
 *
 * Result<T> reads like std::optional<T> (`if (auto p = repo.find(id))`, `*p`, `p->name`), so the
 * common "found it" path stays short.
 */
template <typename T> class Result
{
public:
    /** Nothing, without an error (not found). */
    Result() = default;
    Result(std::nullopt_t) { }
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(std::optional<T> value)
        : m_value(std::move(value))
    { }
    /** A failed read: no value and @p message. */
    static Result failure(const QString& message)
    {
        Result r;
        r.m_error = message.isEmpty() ? QStringLiteral("unknown database error") : message;
        return r;
    }

    bool has_value() const { return m_value.has_value(); }
    explicit operator bool() const { return m_value.has_value(); }
    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    T&& operator*() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    /** A copy of the value (safe on a temporary, also in a range-for); a Result without one is a bug. */
    T value() const
    {
        if (!m_value) {
            qFatal("Result::value() without a value: %s", qPrintable(m_error));
        }
        return *m_value;
    }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    /** The value as an optional, dropping the error (for code that only shows "not there"). */
    const std::optional<T>& optional() const { return m_value; }

    /**
     * Passes the error on: sets *@p error (when given) and returns false when the read failed, else
     * true. `if (!r.ok(error)) return false;`
     */
    bool ok(QString* error) const
    {
        if (failed() && error) {
            *error = m_error;
        }
        return !failed();
    }

private:
    std::optional<T> m_value;
    QString m_error;
};

/** Sets *@p error (when given) to @p message and returns false, for `return fail(error, …);`. */
inline bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace kmuni
