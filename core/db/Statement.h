// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace kmuni::sqlite {

/**
 * A prepared statement on the raw SQLite connection, for bulk writes (import) where Qt SQL's
 * per-row overhead would dominate. It runs inside whatever transaction the connection has open.
 */
class Statement final
{
public:
    /**
     * Prepares @p sql. @p firstError (optional) collects the first failure of this and every other
     * statement given the same string, for work of many statements that fails as a whole.
     */
    Statement(sqlite3* db, const char* sql, QString* firstError = nullptr);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, const QString& value); ///< a null QString binds as ''
    Statement& bindNull(int index);
    /** Runs it (no rows expected) and resets it for the next binding. */
    bool exec();
    /**
     * Steps to the next result row: true while there is one. After the last row (or an error,
     * see error()) the statement is reset for the next binding.
     */
    bool next();
    /** Resets a statement whose rows were not all read, keeping the bindings. */
    void reset();
    qint64 int64(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    /** The column's UTF-8 bytes without a copy: valid until the next step. */
    QByteArrayView bytes(int column) const;
    qint64 lastInsertId() const;
    QString error() const { return m_error; }

private:
    void setError();
    bool check(int rc);
    bool takeBindFailure();

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString* m_firstError = nullptr;
    QString m_error;
    bool m_bindFailed = false;
};

/**
 * Sets an integer pragma of the connection (cache_size, wal_autocheckpoint) for a bulk piece of
 * work and puts the old value back when it goes out of scope.
 */
class ScopedPragma final
{
public:
    ScopedPragma(sqlite3* db, const char* name, qint64 value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma&) = delete;
    ScopedPragma& operator=(const ScopedPragma&) = delete;

    /** Why the pragma could not be read or set (the work goes on at the old setting), or empty. */
    QString error() const { return m_error; }

private:
    bool set(qint64 value);

    sqlite3* m_db;
    QByteArray m_name;
    qint64 m_old = 0;
    bool m_restore = false;
    QString m_error;
};

} // namespace kmuni::sqlite
