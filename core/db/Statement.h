// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, const QString& value); ///< a null QString binds as ''
    Statement& bindNull(int index);
    /** Runs it (no rows expected) and resets it for the next binding. */
    bool exec();
    qint64 lastInsertId() const;
    QString error() const { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace kmuni::sqlite
