// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoNetwork.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <sqlite3.h>

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

bool execBeside(const QString& path, const char* sql)
{
    sqlite3* other = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &other, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        qWarning("cannot open %s: %s", qPrintable(path), sqlite3_errmsg(other));
        sqlite3_close(other);
        return false;
    }
    sqlite3_busy_timeout(other, 5000);
    char* message = nullptr;
    const bool ok = sqlite3_exec(other, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok) {
        qWarning("%s: %s", sql, message);
    }
    sqlite3_free(message);
    sqlite3_close(other);
    return ok;
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

QString runProgram(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace kmuni::test
