// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Ids.h"
#include "db/Database.h"

#include <QString>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

namespace kmuni::csv {
enum class Dialect;
}
namespace kmuni::exports {
enum class List;
}

namespace kmuni::test {

/**
 * The German translation the program is built with (a test's KMUNI_DE_QM), installed while this
 * lives: for tests of what a German user reads. loaded() is false when the file did not load.
 */
class German
{
public:
    explicit German(const QString& qmFile);
    ~German();
    German(const German&) = delete;
    German& operator=(const German&) = delete;
    bool loaded() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

/**
 * A fresh, migrated database in its own temporary folder, removed with the fixture. With
 * KMUNI_TEST_SERVER set (a PostgreSQL maintenance address, see tests/support/pg-cluster.sh) it is a
 * fresh database on that server instead, dropped with the fixture: the same test runs against both
 * engines (CTest's "*.postgresql" entries).
 */
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;
    /** True when the tests run against a PostgreSQL server. */
    static bool onServer();
    /** The open database; a test that asks when it could not be opened stops with the reason above. */
    Database& db();
    /** The file, or the server address. */
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    /** Closes the connection (to reopen or damage the file). */
    void close() { m_db.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QString m_serverDatabase;
};

/**
 * Runs @p sql on the file @p path through a connection of its own, as another program would while
 * ours has the file open (to rename a table under it, say); fails the test on error.
 */
bool execBeside(const QString& path, const char* sql);

/** Runs @p statement on the server database @p address through a connection of its own. */
bool execOnServer(const QString& address, const QString& statement);

/**
 * Saves @p record through a @p Repository of @p db (OrganisationRepository, PersonRepository …) and returns
 * its id: 0 for a new record that was not saved, after a warning with the reason.
 */
template <typename Repository, typename Record> Id saved(Database& db, Record& record)
{
    QString error;
    if (!Repository(db).save(record, &error)) {
        qWarning("%s", qPrintable(error));
    }
    return record.id;
}

/** Fills @p db with the demo network relative to 2026-11-26; fails the test on error. */
bool loadDemo(Database& db);

/** The ids of the network the calendar samples (tests/data/ics) talk about. */
struct CalendarNetwork
{
    Id zollern = 0, tu = 0, partner = 0, anna = 0, meyer = 0, kai = 0;
};

/**
 * Fills @p db with that network: the company Zeche Zollern Robotik, the university TU Dortmund and the
 * partner Wirtschaftsförderung Dortmund; Anna Schmidt and Prof. Meyer-Lüdenscheidt as persons; Kai Wagner,
 * who organised the meetings, as staff. False, with a warning, when a save failed.
 */
bool makeCalendarNetwork(Database& db, CalendarNetwork& n);

/**
 * Writes the export of @p list of @p db in @p dialect (csv::Dialect(-1): XLSX) to @p folder, as
 * "organisations.csv", "persons.xlsx" and so on, and returns the file's bytes: nothing, with a warning,
 * when the export failed. The archived organisations with the others when @p withArchived.
 */
QByteArray exported(
    Database& db, exports::List list, csv::Dialect dialect, const QString& folder, bool withArchived = false);

/** For a data function: the column "dialect" (int, a csv::Dialect or -1 for XLSX) and a row per export format. */
void addExportFormats();

/** Writes @p bytes to the file @p path, replacing it; false, after a warning, when that failed. */
bool writeFile(const QString& path, const QByteArray& bytes);

/** Runs @p program with @p arguments (two minutes at most) and returns what it printed to stdout. */
QString runProgram(const QString& program, const QStringList& arguments);

/** Debian's python3 (with python3-openpyxl), not one a version manager put first on PATH. */
QString python();

} // namespace kmuni::test
