// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoNetwork.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace kmuni::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.path() + u"/test.sqlite"_s)
{
    reopen();
}

bool TempDatabase::reopen()
{
    m_db.reset();
    DbStatus status;
    m_db = Database::open(m_path, Database::Mode::Create, &status);
    if (!m_db) {
        qWarning("cannot open test database: %s", qPrintable(status.message));
    }
    return m_db != nullptr;
}

bool loadDemo(Database& db)
{
    QString error;
    if (!loadDemoNetwork(db, QDate(2026, 11, 26), nullptr, &error)) {
        qWarning("demo network: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace kmuni::test
