// SPDX-FileCopyrightText: KMUni CRM contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"
#include "io/PrivateFile.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace kmuni {
class Database;
struct DbStatus;
struct EventFilter;
} // namespace kmuni

namespace kmuni::cli {

/** Exit codes of the command line (../shared/design/CLI.md). */
enum Exit
{
    Ok = 0,
    Usage = 1,
    BadInput = 2,
    DatabaseProblem = 3
};

/** The exit code for a file that was not written: 3 for the disk or the database, 2 for the path. */
int exitFor(io::Failure failure);

/**
 * @p arguments (without the program name) with a leading `--db PATH` moved behind the sub-command
 * that follows it (`kmuni --db X import …` as `kmuni import --db X …`), and `kmuni help COMMAND` as
 * `kmuni COMMAND --help`; anything else unchanged.
 */
QStringList subcommandFirst(const QStringList& arguments);

/** True when @p arguments (without the program name) name a sub-command rather than the window. */
bool isSubcommand(const QStringList& arguments);

/** True when the sub-command renders documents and needs Qt Gui (offscreen). */
bool needsGui(const QStringList& arguments);

/** Runs the sub-command in @p arguments (program name first) and returns the exit code. */
int run(const QStringList& arguments);
/** True for `kmuni --help` / `kmuni --version` alone: answered without a display. */
bool isGeneralHelp(const QStringList& arguments);
/** Prints the window's options and the commands (or the version, or the manual page); @return the exit code. */
int generalHelp(const QStringList& arguments);

/** Every command's name and its one-line summary (untranslated), in the order --help lists them. */
QList<std::pair<QString, const char*>> commandSummaries();
/**
 * `kmuni --man` (not listed): the manual page kmuni(1) in roff, built from the command table and
 * each command's own --help (run as a child process in English), so that the two cannot drift.
 */
int manPage();

/** What every sub-command shares: its parser, stdout/stderr, opening the database. */
class Context
{
public:
    Context(const QString& command, const QString& description);

    QCommandLineParser parser;
    QTextStream out;
    QTextStream err;

    /**
     * Parses @p arguments; on error or --help prints and returns false with @p exit set. A --db
     * (or KMUNI_DB) that is an address but not one of a server this program takes is a usage error
     * (ServerAddress::isDatabaseName()).
     */
    bool parse(const QStringList& arguments, int* exit);
    /** The parser's --help text, its usage line naming "kmuni COMMAND" rather than the program's path. */
    QString helpText() const;
    /** Prints "kmuni: message" to stderr and returns @p code. */
    int error(const QString& message, int code);
    /** True when the folder that @p file goes into exists; otherwise prints so and sets @p exit (2). */
    bool folderExists(const QString& file, int* exit);
    /**
     * The file of -o (--output), for a command that needs one; without it prints @p missing and sets
     * @p exit (1), and where its folder does not exist says so (exit 2). With @p suffix ("pdf"), a
     * name ending otherwise is refused too (exit 2).
     */
    std::optional<QString> outputFile(const QString& missing, int* exit, const QString& suffix = {});
    /** The --db value, else KMUNI_DB, else the app-data default. */
    QString databasePath() const;
    /**
     * Opens the database; on failure prints the reason and sets @p exit (3). Unless @p checkFirst
     * is false, a damaged database (Database::quickCheck()) is refused the same way, untouched.
     */
    std::unique_ptr<Database> open(bool create, int* exit, bool checkFirst = true);
    /**
     * Database::open(); where a server wants a password that neither ~/.pgpass nor PGPASSWORD gave,
     * the one kept in the system keyring (the window keeps it there when asked). The command line
     * never asks for one: it runs unattended too.
     */
    static std::unique_ptr<Database> openDatabase(const QString& path, Database::Mode mode, DbStatus* status);

private:
    QString m_command;
};

int init(const QStringList& arguments);
int check(const QStringList& arguments);
int backup(const QStringList& arguments);
int restore(const QStringList& arguments);
int search(const QStringList& arguments);
int import(const QStringList& arguments);
/** kmuni export LIST -o FILE: the list as CSV or XLSX (ExportCommand.cpp). */
int exportList(const QStringList& arguments);
int print(const QStringList& arguments);
int report(const QStringList& arguments);
int match(const QStringList& arguments);
/** kmuni merge persons|organisations KEEP OTHER [--dry-run] / --find (MergeCommand.cpp). */
int merge(const QStringList& arguments);
int migrate(const QStringList& arguments);
int person(const QStringList& arguments);

// Calendar files (ImportEventsCommand.cpp), for the import and export dispatchers.
/**
 * Adds the options importEvents() reads to @p parser: --from D and --to D (the range within which
 * recurring events are expanded). The caller adds --dry-run itself.
 */
void addImportEventsOptions(QCommandLineParser& parser);
/**
 * `kmuni import events FILE.ics [--dry-run] [--from D] [--to D]`, after ctx.parse(): reads --from
 * and --to from ctx.parser (default: the approved project period, else a year either side of
 * today), imports @p file all or none and prints the report. Exit 0, 2 (bad file, rejected events:
 * nothing written) or 3 (database).
 */
int importEvents(Context& ctx, const QString& file, bool dryRun);
/**
 * `kmuni export activities -o FILE.ics`: the activities @p filter selects as an iCalendar file,
 * written through io::PrivateFile, and a line that says how many. Exit 0, 2 (path) or 3 (disk, database).
 */
int exportEventsIcs(Context& ctx, Database& db, const EventFilter& filter, const QString& file);

} // namespace kmuni::cli
