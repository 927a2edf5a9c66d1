// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace kmuni {
class Database;
}

namespace kmuni::sqlite {

/**
 * A value made ready for binding away from the thread that writes (a bulk write prepares its rows
 * on all cores): NULL, an integer, or UTF-8 text, as Statement::bind(int, const QVariant&) binds it.
 */
struct Cell
{
    enum class Kind : quint8
    {
        Null,
        Integer,
        Text
    };
    static Cell of(const QVariant& value);

    Kind kind = Kind::Null;
    qint64 number = 0;
    QByteArray text;
};

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
    /**
     * The same on @p db, a file or a server: on a server the statement runs through Qt's driver
     * (one read of many rows in one round trip), with the same methods, so that a bulk read such as
     * the funding report has one form for both engines.
     */
    Statement(const Database& db, const char* sql, QString* firstError = nullptr);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr || m_server != nullptr; }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, const QString& value); ///< a null QString binds as ''
    Statement& bindNull(int index);
    /** A null QVariant binds as NULL, integers and booleans as integers, anything else as text. */
    Statement& bind(int index, const QVariant& value);
    /**
     * Binds @p cell; its text without a copy (SQLite reads it where it is): the cell must stay as it
     * is until exec() has returned or next() has returned false.
     */
    Statement& bind(int index, const Cell& cell);
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

    void prepare(const char* sql);
    void setServerError();
    bool serverStep();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_server; ///< the statement on a server connection
    bool m_serverRunning = false;
    mutable QList<QByteArray> m_serverBytes; ///< bytes() of the current row, per column
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

/**
 * Tunes a full-text index (FTS5) of a file for one big write: its segments are not merged, and up
 * to 64 MiB of new terms are kept in memory, so that the commit writes the new rows' terms as a few
 * large segments instead of many small ones merged again and again. begin() goes inside the write's
 * transaction, so that a rollback drops the tuning with the rows; after a commit, the destructor
 * puts FTS5's defaults back. (Put back before it, the commit merges all the same: 0.5 s more
 * for 100,000 persons.) The index merges its segments with the writes that follow.
 */
class ScopedBulkIndex final
{
public:
    /** @p table: the FTS5 table; @p db: null for a server, which tunes itself. */
    ScopedBulkIndex(sqlite3* db, QByteArray table);
    ~ScopedBulkIndex();
    ScopedBulkIndex(const ScopedBulkIndex&) = delete;
    ScopedBulkIndex& operator=(const ScopedBulkIndex&) = delete;

    /**
     * Tunes the index for the rest of the transaction. Tuning only: a failure costs speed, not data,
     * so it is no error of the write; error() says it.
     */
    void begin();
    /** Why the tuning could not be set or put back, or empty. */
    QString error() const { return m_error; }

private:
    bool configure(qint64 automerge, qint64 hashSize);
    bool stillTuned();

    sqlite3* m_db;
    QByteArray m_table;
    bool m_begun = false;
    QString m_error;
};

} // namespace kmuni::sqlite
