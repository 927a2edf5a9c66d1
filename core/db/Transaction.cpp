// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

namespace kmuni {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_active = m_db.beginWrite(&m_error);
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollbackWrite();
    }
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error) {
            *error = m_error;
        }
        return false;
    }
    m_active = false;
    if (!m_db.commitWrite(&m_error)) {
        if (error) {
            *error = m_error;
        }
        return false;
    }
    return true;
}

} // namespace kmuni
