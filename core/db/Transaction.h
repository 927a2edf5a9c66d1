// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kmuni {

class Database;

/**
 * A write transaction for the scope of one object: BEGIN IMMEDIATE (or a savepoint when nested),
 * rolled back by the destructor unless commit() succeeded.
 */
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /** False when the transaction could not start (the database is locked); see error(). */
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit(QString* error = nullptr);

private:
    Database& m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace kmuni
